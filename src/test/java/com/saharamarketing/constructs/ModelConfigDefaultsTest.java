package com.saharamarketing.constructs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.TerraformStack;
import com.saharamarketing.sql.KMeansOptions;
import com.saharamarketing.sql.LogisticRegressionOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every default of the model configs and the dataset config, and their messages. */
class ModelConfigDefaultsTest {
  private AnalyticsDataset dataset;
  private BigQueryView training;

  @BeforeEach
  void newStack() {
    TerraformStack stack = new TerraformStack(Testing.app(), "test");
    dataset = new AnalyticsDataset(stack, "dataset",
        AnalyticsDatasetConfig.builder("my-project", "churn", "europe-west2").build());
    training = new BigQueryView(stack, "training",
        BigQueryViewConfig.builder(dataset, "training", "SELECT 1 AS a, TRUE AS churned").build());
  }

  @Test
  void datasetDefaults() {
    AnalyticsDatasetConfig config = dataset.getConfig();
    assertThat(config.description()).isEmpty();
    assertThat(config.labels()).isEqualTo(Map.of("managed-by", "sahara-marketing"));
    assertThat(config.deleteContentsOnDestroy()).isFalse();
    assertThat(config.toBuilder().build().labels()).isEqualTo(config.labels());
  }

  @Test
  void kMeansSweepDefaults() {
    KMeansElbowSweepConfig config = KMeansElbowSweepConfig.builder(dataset, training, List.of("a")).build();
    assertThat(config.kMin()).isEqualTo(2);
    assertThat(config.kMax()).isEqualTo(11);
    assertThat(config.modelIdPrefix()).isEqualTo("customer_segments_k");
    assertThat(config.elbowViewId()).isEqualTo("elbow_point");
    assertThat(config.options()).isEqualTo(KMeansOptions.defaults(2));
    assertThat(config.featureColumns()).containsExactly("a");
  }

  @Test
  void logisticRegressionDefaultsFollowTheLabel() {
    LogisticRegressionModelConfig config =
        LogisticRegressionModelConfig.builder(dataset, training, List.of("a"), "churned").build();
    assertThat(config.modelId()).isEqualTo("churned_model");
    assertThat(config.evaluationViewId()).isEqualTo("churned_model_evaluation");
    assertThat(config.options()).isEqualTo(LogisticRegressionOptions.defaults("churned"));
    assertThat(config.options().autoClassWeights()).isTrue();
  }

  @Test
  void failsNamingTheSettingAndTheValue() {
    assertThatThrownBy(() -> KMeansElbowSweepConfig.builder(dataset, training, List.of("a")).kMin(1).build())
        .hasMessage("kMin: '1' is not valid; k must be between 2 and 100 (BigQuery's num_clusters range)");
    assertThatThrownBy(() -> KMeansElbowSweepConfig.builder(dataset, training, List.of("a")).kMin(5).kMax(4).build())
        .hasMessage("kMax: '4' is not valid; k must be between kMin (5) and 100");
    assertThatThrownBy(() -> LogisticRegressionModelConfig
            .builder(dataset, training, List.of("a", "churned"), "churned").build())
        .hasMessage("featureColumns: '[a, churned]' is not valid; the label column 'churned' cannot also be a feature");
    assertThatThrownBy(() -> LogisticRegressionModelConfig
            .builder(dataset, training, List.of("a"), "churned").modelId("bad-id").build())
        .hasMessageStartingWith("modelId: 'bad-id' is not valid;");
  }
}
