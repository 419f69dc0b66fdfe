package com.saharamarketing.report;

import com.saharamarketing.sql.MarketingQueries;
import com.saharamarketing.sql.Sql;

/**
 * Where the report reads from: the deployed project and dataset and the names of the views that
 * the {@code sahara-marketing} stack creates there.
 *
 * @param projectId Google Cloud project of the dataset
 * @param datasetId BigQuery dataset
 * @param elbowView view with one row per k ({@code k}, {@code davies_bouldin_index}, {@code
 *     mean_squared_distance})
 * @param evaluationView view with {@code ML.EVALUATE} of the repeat-buyer model
 * @param trainingView the repeat-buyer training view, read for the label distribution
 * @param labelColumn the BOOL label column of the training view
 */
public record ReportTables(String projectId, String datasetId, String elbowView, String evaluationView,
    String trainingView, String labelColumn) {
  /** Name of the elbow view in the stack (KMeansElbowSweepConfig's default). */
  public static final String ELBOW_VIEW = "elbow_point";
  /** Name of the evaluation view of {@code repeat_buyer_model} in the stack. */
  public static final String EVALUATION_VIEW = "repeat_buyer_model_evaluation";
  /** Name of the repeat-buyer training view in the stack. */
  public static final String TRAINING_VIEW = "repeat_buyer_training";

  /** The stack's view names in the given project and dataset. */
  public static ReportTables of(String projectId, String datasetId) {
    return new ReportTables(projectId, datasetId, ELBOW_VIEW, EVALUATION_VIEW, TRAINING_VIEW,
        MarketingQueries.REPEAT_BUYER_LABEL);
  }

  /** {@code `project.dataset.name`}. */
  String reference(String name) {
    return Sql.tableReference(projectId, datasetId, name);
  }

  /** {@code project.dataset.name}, for messages. */
  String displayName(String name) {
    return Sql.qualifiedName(projectId, datasetId, name);
  }
}
