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
import com.saharamarketing.report.ReportTables;
import com.saharamarketing.sql.MarketingQueries;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * The main stack, on the GCS backend in the state bucket: the dataset, one loaded table per CSV,
 * customer segmentation (training view, k-means elbow sweep, {@code elbow_point} view) and
 * repeat-buyer prediction (training view, logistic regression, evaluation view).
 */
public final class MarketingStack extends TerraformStack {
  /** Stack name, also the folder under {@code cdktf.out/stacks/}. */
  public static final String NAME = "sahara-marketing";
  /** Construct id of the customer segmentation training view. */
  static final String SEGMENTATION_VIEW = "segmentation-training";
  /** Construct id of the repeat-buyer training view. */
  static final String REPEAT_BUYER_VIEW = "repeat-buyer-training";
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

    BigQueryView segmentationTraining = new BigQueryView(this, SEGMENTATION_VIEW,
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

    BigQueryView repeatBuyerTraining = new BigQueryView(this, REPEAT_BUYER_VIEW,
        BigQueryViewConfig.builder(dataset, ReportTables.TRAINING_VIEW, // the report reads it by this name
                MarketingQueries.repeatBuyerTrainingView(accounts.getSqlReference()))
            .description("Repeat-buyer features and label, one row per account")
            .sources(List.of(accounts))
            .build());
    this.repeatBuyer = new LogisticRegressionModel(this, "repeat-buyer",
        LogisticRegressionModelConfig.builder(dataset, repeatBuyerTraining,
                MarketingQueries.REPEAT_BUYER_FEATURES, MarketingQueries.REPEAT_BUYER_LABEL)
            .modelId("repeat_buyer_model")
            .build());
    requireNoCsvTableClash(data);
  }

  /**
   * Every table, view and model id that this stack creates in the dataset besides the loaded CSV
   * tables, keyed by its lower-case form (BigQuery ids clash regardless of case), with what it is.
   * Read from the constructs themselves, so a view or model added later is covered too.
   */
  Map<String, String> generatedIds() {
    Map<String, String> ids = new TreeMap<>();
    tables.forEach((tableId, table) -> ids.put(lowerCase(table.getTypedView().getTableId()),
        "the typed view '" + table.getTypedView().getTableId() + "' of table '" + tableId + "'"));
    for (IConstruct construct : getNode().findAll()) {
      if (construct instanceof BigQueryView view) {
        ids.putIfAbsent(lowerCase(view.getTableId()), "the view '" + view.getTableId() + "'");
      } else if (construct instanceof KMeansElbowSweep sweep) {
        sweep.getModelIds().values().forEach(
            id -> ids.putIfAbsent(lowerCase(id), "the k-means model '" + id + "'"));
      } else if (construct instanceof LogisticRegressionModel model) {
        ids.putIfAbsent(lowerCase(model.getModelId()),
            "the logistic regression model '" + model.getModelId() + "'");
      }
    }
    return ids;
  }

  /**
   * Fails when a CSV file's table id is one that the stack generates (say {@code
   * ga360_typed.csv} beside {@code ga360.csv}): BigQuery would get two tables with one id.
   */
  private void requireNoCsvTableClash(CrmData data) {
    Map<String, String> generated = generatedIds();
    for (Map.Entry<String, CsvTable> table : tables.entrySet()) {
      String clash = generated.get(lowerCase(table.getKey()));
      if (clash != null) {
        throw new SettingsException("tableNames: '" + data.tables().get(table.getKey()).file().getFileName()
            + "' maps to table '" + table.getKey() + "', which clashes with " + clash
            + " that the stack creates (ids are compared ignoring case); rename the file or map it "
            + "to another table id in cdktf.json context 'sahara:tableNames' (ids the stack creates: "
            + String.join(", ", generated.keySet()) + ")");
      }
    }
  }

  private static String lowerCase(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  /** Loaded tables by table id, in file-name order. */
  public Map<String, CsvTable> getTables() {
    return Collections.unmodifiableMap(tables);
  }

  public KMeansElbowSweep getSegmentation() {
    return segmentation;
  }

  public LogisticRegressionModel getRepeatBuyer() {
    return repeatBuyer;
  }
}
