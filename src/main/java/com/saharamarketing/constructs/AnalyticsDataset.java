package com.saharamarketing.constructs;

import com.hashicorp.cdktf.providers.google.bigquery_dataset.BigqueryDataset;
import com.hashicorp.cdktf.providers.google.bigquery_dataset.BigqueryDatasetDefaultEncryptionConfiguration;
import software.constructs.Construct;

/**
 * A BigQuery dataset that holds loaded tables, views and models.
 *
 * <pre>{@code
 * AnalyticsDataset dataset = new AnalyticsDataset(stack, "dataset",
 *     AnalyticsDatasetConfig.builder("my-project", "sahara_marketing", "europe-west2").build());
 * }</pre>
 *
 * @see <a href="https://cloud.google.com/bigquery/docs/datasets-intro">Datasets</a>
 */
public class AnalyticsDataset extends Construct {
  private final AnalyticsDatasetConfig config;
  private final BigqueryDataset dataset;

  public AnalyticsDataset(Construct scope, String id, AnalyticsDatasetConfig config) {
    super(scope, id);
    this.config = config;
    BigqueryDataset.Builder builder =
        BigqueryDataset.Builder.create(this, "dataset")
            .project(config.projectId())
            .datasetId(config.datasetId())
            .location(config.location())
            .description(config.description())
            .labels(config.labels())
            .deleteContentsOnDestroy(config.deleteContentsOnDestroy());
    config.kmsKeyName().ifPresent(key -> builder.defaultEncryptionConfiguration(
        BigqueryDatasetDefaultEncryptionConfiguration.builder().kmsKeyName(key).build()));
    this.dataset = builder.build();
  }

  /** The underlying provider resource. */
  public BigqueryDataset getResource() {
    return dataset;
  }

  public String getProjectId() {
    return config.projectId();
  }

  public String getDatasetId() {
    return config.datasetId();
  }

  /** The dataset's location; jobs that touch it must run there. */
  public String getLocation() {
    return config.location();
  }

  public AnalyticsDatasetConfig getConfig() {
    return config;
  }
}
