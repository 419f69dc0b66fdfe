package com.saharamarketing.constructs;

import com.hashicorp.cdktf.providers.google.bigquery_job.BigqueryJob;
import com.saharamarketing.sql.ModelStatements;
import com.saharamarketing.sql.Sql;
import com.saharamarketing.sql.analysis.SqlStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * Trains one BigQuery ML k-means model per k in [kMin, kMax] (the elbow sweep) and a view with
 * one row per k ({@code k}, {@code davies_bouldin_index}, {@code mean_squared_distance}) from
 * {@code ML.EVALUATE}, so that the elbow can be read.
 *
 * <p>Each model is created by a {@code google_bigquery_job} whose id is unique per k and changes
 * exactly when the statement or the training data changes.
 *
 * <pre>{@code
 * KMeansElbowSweep sweep = new KMeansElbowSweep(stack, "segmentation",
 *     KMeansElbowSweepConfig.builder(dataset, trainingView, List.of("Annual_Revenue", "Age"))
 *         .kMin(2).kMax(11).build());
 * }</pre>
 *
 * @see <a href="https://cloud.google.com/bigquery/docs/kmeans-tutorial">k-means tutorial</a>
 */
public class KMeansElbowSweep extends Construct implements AnalysableSql {
  private final SortedMap<Integer, BigqueryJob> modelJobs = new TreeMap<>();
  private final SortedMap<Integer, String> modelReferences = new TreeMap<>();
  private final SortedMap<Integer, String> modelIds = new TreeMap<>();
  private final BigQueryView elbowView;
  private final List<SqlStatement> statements = new ArrayList<>();

  public KMeansElbowSweep(Construct scope, String id, KMeansElbowSweepConfig config) {
    super(scope, id);
    SqlAnalysis.of(this);
    AnalyticsDataset dataset = config.dataset();
    List<String> jobIds = new ArrayList<>();
    for (int k = config.kMin(); k <= config.kMax(); k++) {
      String modelId = config.modelIdPrefix() + k;
      String model = Sql.tableReference(dataset.getProjectId(), dataset.getDatasetId(), modelId);
      String statement =
          ModelStatements.createModel(
              model,
              config.options().withNumClusters(k).toSql(),
              config.featureColumns(),
              config.trainingData().getSqlReference());
      String jobId = ModelJobs.jobId("sahara_" + modelId, statement, config.trainingData());
      BigqueryJob job =
          ModelJobs.create(this, "model-k" + k, dataset, jobId, statement, config.trainingData());
      statements.add(SqlStatement.createModel(getNode().getPath(),
          "k-means model " + modelId + " (k = " + k + ")", statement,
          Sql.qualifiedName(dataset.getProjectId(), dataset.getDatasetId(), modelId)));
      modelJobs.put(k, job);
      modelReferences.put(k, model);
      modelIds.put(k, modelId);
      jobIds.add(jobId);
    }
    this.elbowView =
        new BigQueryView(
            this, "elbow-point",
            BigQueryViewConfig.builder(
                    dataset, config.elbowViewId(), ModelStatements.elbowPoint(modelReferences))
                .description("Evaluation of every k-means model of the elbow sweep, one row per k")
                .extraDependencies(List.copyOf(modelJobs.values()))
                .fingerprintSalt(String.join(",", jobIds))
                .build());
  }

  /** The {@code CREATE OR REPLACE MODEL} statements, for {@link SqlAnalysis}. */
  @Override
  public List<SqlStatement> getSqlStatements() {
    return List.copyOf(statements);
  }

  /** The model-training jobs by k. */
  public SortedMap<Integer, BigqueryJob> getModelJobs() {
    return Collections.unmodifiableSortedMap(modelJobs);
  }

  /** Quoted model references by k. */
  public SortedMap<Integer, String> getModelReferences() {
    return Collections.unmodifiableSortedMap(modelReferences);
  }

  /** Model ids (inside the dataset) by k, such as {@code customer_segments_k3}. */
  public SortedMap<Integer, String> getModelIds() {
    return Collections.unmodifiableSortedMap(modelIds);
  }

  /** The {@code elbow_point} view. */
  public BigQueryView getElbowView() {
    return elbowView;
  }
}
