package com.saharamarketing.app;

import com.hashicorp.cdktf.GcsBackend;
import com.hashicorp.cdktf.GcsBackendConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.google.provider.GoogleProvider;
import com.saharamarketing.constructs.AnalyticsDataset;
import com.saharamarketing.constructs.AnalyticsDatasetConfig;
import com.saharamarketing.constructs.BigQueryView;
import com.saharamarketing.constructs.BigQueryViewConfig;
import com.saharamarketing.constructs.CsvTable;
import com.saharamarketing.constructs.CsvTableConfig;
import com.saharamarketing.constructs.KMeansElbowSweep;
import com.saharamarketing.constructs.KMeansElbowSweepConfig;
import com.saharamarketing.constructs.LogisticRegressionModel;
import com.saharamarketing.constructs.LogisticRegressionModelConfig;
import com.saharamarketing.constructs.UploadBucket;
import com.saharamarketing.constructs.UploadBucketConfig;
import com.saharamarketing.sql.MarketingQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The main stack, on the GCS backend in the state bucket: the dataset, one loaded table per CSV,
 * customer segmentation (training view, k-means elbow sweep, {@code elbow_point} view) and
 * repeat-buyer prediction (training view, logistic regression, evaluation view).
 */
public final class MarketingStack extends TerraformStack {
  /** Stack name, also the folder under {@code cdktf.out/stacks/}. */
  public static final String NAME = "sahara-marketing";
  /** Object prefix of this stack's state in the state bucket. */
  public static final String STATE_PREFIX = "sahara-marketing";

  private final Map<String, CsvTable> tables = new LinkedHashMap<>();
  private final KMeansElbowSweep segmentation;
  private final LogisticRegressionModel repeatBuyer;

  /**
   * @param data the scanned CSVs, checked by {@link CrmData#check}
   */
  public MarketingStack(Construct scope, SaharaSettings settings, CrmData data) {
    super(scope, NAME);
    new GcsBackend(this, GcsBackendConfig.builder()
        .bucket(settings.stateBucket()).prefix(STATE_PREFIX).build());
    GoogleProvider.Builder.create(this, "google")
        .project(settings.projectId())
        .region(settings.region())
        .build();

    AnalyticsDataset dataset = new AnalyticsDataset(this, "dataset",
        AnalyticsDatasetConfig.builder(settings.projectId(), settings.datasetId(), settings.region())
            .description("CRM exports and the marketing models trained on them (sahara-marketing)")
            .kmsKeyName(settings.kmsKeyName())
            .build());
    UploadBucket uploads = new UploadBucket(this, "uploads",
        UploadBucketConfig.builder(settings.projectId(), settings.uploadBucket(), settings.region())
            .kmsKeyName(settings.kmsKeyName()).build());

    data.tables().forEach((tableId, profile) -> tables.put(tableId,
        new CsvTable(this, "table-" + tableId,
            CsvTableConfig.builder(dataset, uploads, profile, tableId).build())));

    // The models read the typed views: money and dates parsed, the raw tables kept lossless.
    BigQueryView accounts = tables.get(CrmData.ACCOUNTS).getTypedView();
    BigQueryView users = tables.get(CrmData.USERS).getTypedView();
    BigQueryView ga360 = tables.get(CrmData.GA360).getTypedView();

    BigQueryView segmentationTraining = new BigQueryView(this, "segmentation-training",
        BigQueryViewConfig.builder(dataset, "segmentation_training",
                MarketingQueries.segmentationTrainingView(
                    ga360.getSqlReference(), users.getSqlReference(), accounts.getSqlReference()))
            .description("Customer segmentation features: GA360 visits per user joined to users and accounts")
            .sources(List.of(ga360, users, accounts))
            .build());
    this.segmentation = new KMeansElbowSweep(this, "segmentation",
        KMeansElbowSweepConfig.builder(dataset, segmentationTraining, MarketingQueries.SEGMENTATION_FEATURES)
            .kMin(settings.kMin())
            .kMax(settings.kMax())
            .build());

    BigQueryView repeatBuyerTraining = new BigQueryView(this, "repeat-buyer-training",
        BigQueryViewConfig.builder(dataset, "repeat_buyer_training",
                MarketingQueries.repeatBuyerTrainingView(accounts.getSqlReference()))
            .description("Repeat-buyer features and label, one row per account")
            .sources(List.of(accounts))
            .build());
    this.repeatBuyer = new LogisticRegressionModel(this, "repeat-buyer",
        LogisticRegressionModelConfig.builder(dataset, repeatBuyerTraining,
                MarketingQueries.REPEAT_BUYER_FEATURES, MarketingQueries.REPEAT_BUYER_LABEL)
            .modelId("repeat_buyer_model")
            .build());
  }

  /** Loaded tables by table id, in file-name order. */
  public Map<String, CsvTable> getTables() {
    return Map.copyOf(tables);
  }

  public KMeansElbowSweep getSegmentation() {
    return segmentation;
  }

  public LogisticRegressionModel getRepeatBuyer() {
    return repeatBuyer;
  }
}
