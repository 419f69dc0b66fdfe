package com.saharamarketing.constructs;

import com.saharamarketing.sql.LogisticRegressionOptions;
import java.util.List;
import java.util.Objects;

/**
 * Settings of a {@link LogisticRegressionModel}. Build with {@link #builder(AnalyticsDataset,
 * BigQueryRelation, List, String)}.
 *
 * <pre>{@code
 * LogisticRegressionModelConfig config = LogisticRegressionModelConfig
 *     .builder(dataset, trainingView, List.of("state", "industry"), "repeat_buyer")
 *     .modelId("repeat_buyer_model")
 *     .build();
 * }</pre>
 */
public final class LogisticRegressionModelConfig {
  private final AnalyticsDataset dataset;
  private final BigQueryRelation trainingData;
  private final List<String> featureColumns;
  private final String modelId;
  private final String evaluationViewId;
  private final LogisticRegressionOptions options;

  private LogisticRegressionModelConfig(Builder b) {
    this.dataset = Objects.requireNonNull(b.dataset, "dataset");
    this.trainingData = Objects.requireNonNull(b.trainingData, "trainingData");
    if (b.featureColumns == null || b.featureColumns.isEmpty()) {
      throw GcpNames.invalid("featureColumns", b.featureColumns, "name at least one feature column");
    }
    if (b.featureColumns.contains(b.options.labelColumn())) {
      throw GcpNames.invalid("featureColumns", b.featureColumns,
          "the label column '" + b.options.labelColumn() + "' cannot also be a feature");
    }
    this.featureColumns = List.copyOf(b.featureColumns);
    this.modelId = GcpNames.requireTableId("modelId",
        b.modelId != null ? b.modelId : b.options.labelColumn() + "_model");
    this.evaluationViewId = GcpNames.requireTableId("evaluationViewId",
        b.evaluationViewId != null ? b.evaluationViewId : modelId + "_evaluation");
    this.options = b.options;
  }

  /**
   * Starts a config; every other setting has a default.
   *
   * @param dataset the dataset the model and its evaluation view are created in
   * @param trainingData the table or view to train on
   * @param featureColumns the columns the model learns from, at least one, not the label
   * @param labelColumn the column to predict, {@code TRUE}/{@code FALSE} or two classes
   */
  public static Builder builder(
      AnalyticsDataset dataset, BigQueryRelation trainingData, List<String> featureColumns,
      String labelColumn) {
    return new Builder(dataset, trainingData, featureColumns, labelColumn);
  }

  /** The dataset the model and its evaluation view are created in. */
  public AnalyticsDataset dataset() {
    return dataset;
  }

  /** The table or view to train on. */
  public BigQueryRelation trainingData() {
    return trainingData;
  }

  /** The columns the model learns from. */
  public List<String> featureColumns() {
    return featureColumns;
  }

  /** Default: the label column followed by {@code _model}, e.g. {@code repeat_buyer_model}. */
  public String modelId() {
    return modelId;
  }

  /** Default: the model id followed by {@code _evaluation}. */
  public String evaluationViewId() {
    return evaluationViewId;
  }

  /**
   * Default: {@link LogisticRegressionOptions#defaults(String)}: class weights on, automatic
   * split.
   */
  public LogisticRegressionOptions options() {
    return options;
  }

  /** Builder of {@link LogisticRegressionModelConfig}. */
  public static final class Builder {
    private final AnalyticsDataset dataset;
    private final BigQueryRelation trainingData;
    private final List<String> featureColumns;
    private String modelId;
    private String evaluationViewId;
    private LogisticRegressionOptions options;

    private Builder(AnalyticsDataset dataset, BigQueryRelation trainingData,
        List<String> featureColumns, String labelColumn) {
      this.dataset = dataset;
      this.trainingData = trainingData;
      this.featureColumns = featureColumns;
      this.options = LogisticRegressionOptions.defaults(labelColumn);
    }

    /** The model id. Default: the label column followed by {@code _model}. */
    public Builder modelId(String modelId) {
      this.modelId = modelId;
      return this;
    }

    /** Id of the {@code ML.EVALUATE} view. Default: the model id followed by {@code _evaluation}. */
    public Builder evaluationViewId(String viewId) {
      this.evaluationViewId = viewId;
      return this;
    }

    /** Replaces all options, label column included. */
    public Builder options(LogisticRegressionOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the setting and value, e.g. {@code featureColumns:
     *     '[state, repeat_buyer]' is not valid; the label column 'repeat_buyer' cannot also be a
     *     feature}
     */
    public LogisticRegressionModelConfig build() {
      return new LogisticRegressionModelConfig(this);
    }
  }
}
