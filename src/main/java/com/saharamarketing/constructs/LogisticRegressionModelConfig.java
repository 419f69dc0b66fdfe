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
    this.modelId = GcpNames.requireTableId("modelId", b.modelId);
    this.evaluationViewId = GcpNames.requireTableId("evaluationViewId",
        b.evaluationViewId != null ? b.evaluationViewId : b.modelId + "_evaluation");
    this.options = b.options;
  }

  public static Builder builder(
      AnalyticsDataset dataset, BigQueryRelation trainingData, List<String> featureColumns,
      String labelColumn) {
    return new Builder(dataset, trainingData, featureColumns, labelColumn);
  }

  public AnalyticsDataset dataset() {
    return dataset;
  }

  public BigQueryRelation trainingData() {
    return trainingData;
  }

  public List<String> featureColumns() {
    return featureColumns;
  }

  /** Default: {@code repeat_buyer_model}. */
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
    private String modelId = "repeat_buyer_model";
    private String evaluationViewId;
    private LogisticRegressionOptions options;

    private Builder(AnalyticsDataset dataset, BigQueryRelation trainingData,
        List<String> featureColumns, String labelColumn) {
      this.dataset = dataset;
      this.trainingData = trainingData;
      this.featureColumns = featureColumns;
      this.options = LogisticRegressionOptions.defaults(labelColumn);
    }

    public Builder modelId(String modelId) {
      this.modelId = modelId;
      return this;
    }

    public Builder evaluationViewId(String viewId) {
      this.evaluationViewId = viewId;
      return this;
    }

    /** Replaces all options, label column included. */
    public Builder options(LogisticRegressionOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    public LogisticRegressionModelConfig build() {
      return new LogisticRegressionModelConfig(this);
    }
  }
}
