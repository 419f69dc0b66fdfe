package com.saharamarketing.examples.churn;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.google.provider.GoogleProvider;
import com.saharamarketing.constructs.AnalyticsDataset;
import com.saharamarketing.constructs.AnalyticsDatasetConfig;
import com.saharamarketing.constructs.CsvTable;
import com.saharamarketing.constructs.CsvTableConfig;
import com.saharamarketing.constructs.KMeansElbowSweep;
import com.saharamarketing.constructs.KMeansElbowSweepConfig;
import com.saharamarketing.constructs.LogisticRegressionModel;
import com.saharamarketing.constructs.LogisticRegressionModelConfig;
import com.saharamarketing.constructs.UploadBucket;
import com.saharamarketing.constructs.UploadBucketConfig;
import com.saharamarketing.schema.CsvScanner;
import java.nio.file.Path;
import java.util.List;
import software.constructs.Construct;

/**
 * A churn-propensity stack built only from the library's constructs: one CSV of customers loaded
 * into BigQuery, a logistic-regression model that predicts {@code churned}, and a k-means elbow
 * sweep over tenure and spend. No state bucket: Terraform keeps its state locally.
 *
 * <p>The constructor body is the README's "use the constructs in your own app" example.
 */
public class ChurnStack extends TerraformStack {
  /** The columns the churn model learns from. */
  public static final List<String> CHURN_FEATURES =
      List.of("tenure_months", "monthly_spend", "support_tickets", "contract_type");

  private final CsvTable customers;
  private final LogisticRegressionModel churn;
  private final KMeansElbowSweep segments;

  /**
   * @param projectId the Google Cloud project
   * @param customersCsv the customers CSV (see {@code data/customers.csv})
   * @param kMin smallest k of the customer k-means sweep
   * @param kMax largest k of the customer k-means sweep
   */
  public ChurnStack(Construct scope, String id, String projectId, Path customersCsv, int kMin, int kMax) {
    super(scope, id);
    GoogleProvider.Builder.create(this, "google").project(projectId).region("europe-west2").build();

    AnalyticsDataset dataset = new AnalyticsDataset(this, "dataset",
        AnalyticsDatasetConfig.builder(projectId, "churn", "europe-west2").build());
    UploadBucket uploads = new UploadBucket(this, "uploads",
        UploadBucketConfig.builder(projectId, projectId + "-churn-uploads", "europe-west2").build());
    CsvTable customers = new CsvTable(this, "customers", CsvTableConfig
        .builder(dataset, uploads, CsvScanner.scan(customersCsv), "customers").build());
    LogisticRegressionModel churn = new LogisticRegressionModel(this, "churn", LogisticRegressionModelConfig
        .builder(dataset, customers.getTypedView(), CHURN_FEATURES, "churned").modelId("churn_propensity").build());
    KMeansElbowSweep segments = new KMeansElbowSweep(this, "segments", KMeansElbowSweepConfig
        .builder(dataset, customers.getTypedView(), List.of("tenure_months", "monthly_spend"))
        .kMin(kMin).kMax(kMax).modelIdPrefix("customer_clusters_k").build());

    this.customers = customers;
    this.churn = churn;
    this.segments = segments;
  }

  public CsvTable getCustomers() {
    return customers;
  }

  public LogisticRegressionModel getChurn() {
    return churn;
  }

  public KMeansElbowSweep getSegments() {
    return segments;
  }
}
