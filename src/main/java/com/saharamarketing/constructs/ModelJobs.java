package com.saharamarketing.constructs;

import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.providers.google.bigquery_job.BigqueryJob;
import com.hashicorp.cdktf.providers.google.bigquery_job.BigqueryJobQuery;
import java.util.List;
import software.constructs.Construct;

/** Query jobs that run BigQuery ML DDL ({@code CREATE OR REPLACE MODEL}). */
final class ModelJobs {
  private ModelJobs() {}

  /** A job id that changes exactly when the statement or the training data changes. */
  static String jobId(String prefix, String statement, BigQueryRelation trainingData) {
    return Fingerprints.jobId(prefix, List.of(statement, trainingData.getContentFingerprint()));
  }

  /**
   * A job that runs the statement once under the given id (see {@link #jobId}).
   *
   * <p>{@code create_disposition} and {@code write_disposition} are empty strings: BigQuery
   * rejects DDL jobs that carry the provider's defaults, while Terraform may still report success.
   */
  static BigqueryJob create(
      Construct scope, String id, AnalyticsDataset dataset, String jobId, String statement,
      BigQueryRelation trainingData) {
    List<ITerraformDependable> needs = trainingData.getReadDependencies();
    return BigqueryJob.Builder.create(scope, id)
        .project(dataset.getProjectId())
        .location(dataset.getLocation())
        .jobId(jobId)
        .query(
            BigqueryJobQuery.builder()
                .query(statement)
                .useLegacySql(false)
                .createDisposition("")
                .writeDisposition("")
                .build())
        .labels(dataset.getConfig().labels())
        .dependsOn(needs)
        .build();
  }
}
