package com.saharamarketing.constructs;

import com.saharamarketing.sql.KMeansOptions;
import java.util.List;
import java.util.Objects;

/**
 * Settings of a {@link KMeansElbowSweep}. Build with {@link #builder(AnalyticsDataset,
 * BigQueryRelation, List)}.
 *
 * <pre>{@code
 * KMeansElbowSweepConfig config = KMeansElbowSweepConfig
 *     .builder(dataset, trainingView, List.of("Annual_Revenue", "Age"))
 *     .kMin(2).kMax(8)
 *     .build();
 * }</pre>
 */
public final class KMeansElbowSweepConfig {
  /** Default smallest k. */
  public static final int DEFAULT_K_MIN = 2;
  /** Default largest k. */
  public static final int DEFAULT_K_MAX = 11;

  private final AnalyticsDataset dataset;
  private final BigQueryRelation trainingData;
  private final List<String> featureColumns;
  private final int kMin;
  private final int kMax;
  private final String modelIdPrefix;
  private final String elbowViewId;
  private final KMeansOptions options;

  private KMeansElbowSweepConfig(Builder b) {
    this.dataset = Objects.requireNonNull(b.dataset, "dataset");
    this.trainingData = Objects.requireNonNull(b.trainingData, "trainingData");
    if (b.featureColumns == null || b.featureColumns.isEmpty()) {
      throw GcpNames.invalid("featureColumns", b.featureColumns, "name at least one column to cluster on");
    }
    this.featureColumns = List.copyOf(b.featureColumns);
    if (b.kMin < KMeansOptions.MIN_CLUSTERS || b.kMin > KMeansOptions.MAX_CLUSTERS) {
      throw GcpNames.invalid("kMin", b.kMin, "k must be between " + KMeansOptions.MIN_CLUSTERS
          + " and " + KMeansOptions.MAX_CLUSTERS + " (BigQuery's num_clusters range)");
    }
    if (b.kMax < b.kMin || b.kMax > KMeansOptions.MAX_CLUSTERS) {
      throw GcpNames.invalid("kMax", b.kMax, "k must be between kMin (" + b.kMin + ") and "
          + KMeansOptions.MAX_CLUSTERS);
    }
    this.kMin = b.kMin;
    this.kMax = b.kMax;
    this.modelIdPrefix = GcpNames.requireTableId("modelIdPrefix", b.modelIdPrefix);
    this.elbowViewId = GcpNames.requireTableId("elbowViewId", b.elbowViewId);
    this.options = Objects.requireNonNull(b.options, "options");
  }

  /**
   * Starts a config; every other setting has a default.
   *
   * @param dataset the dataset the models and the elbow view are created in
   * @param trainingData the table or view to train on
   * @param featureColumns the columns to cluster on, at least one
   */
  public static Builder builder(
      AnalyticsDataset dataset, BigQueryRelation trainingData, List<String> featureColumns) {
    return new Builder(dataset, trainingData, featureColumns);
  }

  /** The dataset the models and the elbow view are created in. */
  public AnalyticsDataset dataset() {
    return dataset;
  }

  /** The table or view to train on. */
  public BigQueryRelation trainingData() {
    return trainingData;
  }

  /** The columns of the training data that k-means clusters on. */
  public List<String> featureColumns() {
    return featureColumns;
  }

  /** Default: 2. */
  public int kMin() {
    return kMin;
  }

  /** Default: 11. One model is trained for every k from kMin to kMax. */
  public int kMax() {
    return kMax;
  }

  /** Default: {@code customer_segments_k}; the model for k=3 is {@code customer_segments_k3}. */
  public String modelIdPrefix() {
    return modelIdPrefix;
  }

  /** Default: {@code elbow_point}. */
  public String elbowViewId() {
    return elbowViewId;
  }

  /**
   * Default: {@link KMeansOptions#defaults(int)}; its {@code numClusters} is replaced by each k.
   */
  public KMeansOptions options() {
    return options;
  }

  /** Builder of {@link KMeansElbowSweepConfig}. */
  public static final class Builder {
    private final AnalyticsDataset dataset;
    private final BigQueryRelation trainingData;
    private final List<String> featureColumns;
    private int kMin = DEFAULT_K_MIN;
    private int kMax = DEFAULT_K_MAX;
    private String modelIdPrefix = "customer_segments_k";
    private String elbowViewId = "elbow_point";
    private KMeansOptions options = KMeansOptions.defaults(DEFAULT_K_MIN);

    private Builder(AnalyticsDataset dataset, BigQueryRelation trainingData, List<String> features) {
      this.dataset = dataset;
      this.trainingData = trainingData;
      this.featureColumns = features;
    }

    /** Smallest k, at least 2. Default: {@value KMeansElbowSweepConfig#DEFAULT_K_MIN}. */
    public Builder kMin(int kMin) {
      this.kMin = kMin;
      return this;
    }

    /**
     * Largest k, from kMin to 100. Default: {@value KMeansElbowSweepConfig#DEFAULT_K_MAX}. k-means
     * needs at least k training rows; the sweep cannot check that, because the rows live in
     * BigQuery.
     */
    public Builder kMax(int kMax) {
      this.kMax = kMax;
      return this;
    }

    /** Model id prefix; k is appended. Default: {@code customer_segments_k}. */
    public Builder modelIdPrefix(String prefix) {
      this.modelIdPrefix = prefix;
      return this;
    }

    /** Id of the view with one row of evaluation metrics per k. Default: {@code elbow_point}. */
    public Builder elbowViewId(String viewId) {
      this.elbowViewId = viewId;
      return this;
    }

    /**
     * k-means options; each model's {@code num_clusters} is set to its k. Default: {@link
     * KMeansOptions#defaults(int)} (Euclidean distance, standardized features, k-means++).
     */
    public Builder options(KMeansOptions options) {
      this.options = options;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the setting and value, e.g. {@code kMin: '1' is not
     *     valid; k must be between 2 and 100}
     */
    public KMeansElbowSweepConfig build() {
      return new KMeansElbowSweepConfig(this);
    }
  }
}
