package com.saharamarketing.constructs;

import com.hashicorp.cdktf.providers.google.bigquery_job.BigqueryJob;
import com.saharamarketing.sql.ModelStatements;
import com.saharamarketing.sql.Sql;
import com.saharamarketing.sql.analysis.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import software.constructs.Construct;

/**
 * A BigQuery ML logistic-regression model trained by a {@code google_bigquery_job}, and a view of
 * its {@code ML.EVALUATE} metrics ({@code precision}, {@code recall}, {@code accuracy}, {@code
 * f1_score}, {@code log_loss}, {@code roc_auc}).
 *
 * <pre>{@code
 * LogisticRegressionModel model = new LogisticRegressionModel(stack, "repeat-buyer",
 *     LogisticRegressionModelConfig.builder(dataset, trainingView,
 *         List.of("state", "industry", "company_size", "annual_revenue"), "repeat_buyer").build());
 * }</pre>
 *
 * @see <a
 *     href="https://cloud.google.com/bigquery/docs/reference/standard-sql/bigqueryml-syntax-create-glm">CREATE
 *     MODEL for logistic regression</a>
 */
public class LogisticRegressionModel extends Construct implements AnalysableSql {
  private final BigqueryJob modelJob;
  private final String modelId;
  private final String modelReference;
  private final BigQueryView evaluationView;
  private final SqlStatement createModel;

  public LogisticRegressionModel(Construct scope, String id, LogisticRegressionModelConfig config) {
    super(scope, id);
    SqlAnalysis.of(this);
    AnalyticsDataset dataset = config.dataset();
    this.modelId = config.modelId();
    this.modelReference =
        Sql.tableReference(dataset.getProjectId(), dataset.getDatasetId(), config.modelId());
    List<String> columns = new ArrayList<>(config.featureColumns());
    columns.add(config.options().labelColumn());
    String statement =
        ModelStatements.createModel(
            modelReference, config.options().toSql(), columns,
            config.trainingData().getSqlReference());
    this.createModel = SqlStatement.createModel(getNode().getPath(),
        "logistic regression model " + config.modelId(), statement,
        Sql.qualifiedName(dataset.getProjectId(), dataset.getDatasetId(), config.modelId()));
    String jobId = ModelJobs.jobId("sahara_" + config.modelId(), statement, config.trainingData());
    this.modelJob = ModelJobs.create(this, "model", dataset, jobId, statement, config.trainingData());
    this.evaluationView =
        new BigQueryView(
            this, "evaluation",
            BigQueryViewConfig.builder(
                    dataset, config.evaluationViewId(), ModelStatements.evaluate(modelReference))
                .description("ML.EVALUATE metrics of " + config.modelId())
                .extraDependencies(List.of(modelJob))
                .fingerprintSalt(jobId)
                .build());
  }

  /** The {@code CREATE OR REPLACE MODEL} statement, for {@link SqlAnalysis}. */
  @Override
  public List<SqlStatement> getSqlStatements() {
    return List.of(createModel);
  }

  public BigqueryJob getModelJob() {
    return modelJob;
  }

  /** The model id inside the dataset, such as {@code repeat_buyer_model}. */
  public String getModelId() {
    return modelId;
  }

  /** The quoted {@code `project.dataset.model`} reference. */
  public String getModelReference() {
    return modelReference;
  }

  public BigQueryView getEvaluationView() {
    return evaluationView;
  }
}
