package com.saharamarketing.constructs;

import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.providers.google.bigquery_table.BigqueryTable;
import com.hashicorp.cdktf.providers.google.bigquery_table.BigqueryTableView;
import com.saharamarketing.sql.analysis.SqlStatement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.constructs.Construct;

/**
 * A BigQuery view in GoogleSQL ({@code use_legacy_sql = false}: the API default is legacy SQL,
 * where backticks and {@code ML.EVALUATE} are invalid) that depends on everything it reads.
 *
 * <pre>{@code
 * BigQueryView view = new BigQueryView(stack, "big-accounts",
 *     BigQueryViewConfig.builder(dataset, "big_accounts", sql).sources(List.of(accounts)).build());
 * }</pre>
 */
public class BigQueryView extends Construct implements BigQueryRelation, AnalysableSql {
  private final BigQueryViewConfig config;
  private final BigqueryTable view;
  private final String contentFingerprint;
  private final List<ITerraformDependable> readDependencies;

  public BigQueryView(Construct scope, String id, BigQueryViewConfig config) {
    super(scope, id);
    this.config = config;
    SqlAnalysis.of(this);
    Set<ITerraformDependable> needs = new LinkedHashSet<>();
    List<String> fingerprintParts = new ArrayList<>(List.of(config.query(), config.fingerprintSalt()));
    for (BigQueryRelation source : config.sources()) {
      needs.addAll(source.getReadDependencies());
      fingerprintParts.add(source.getContentFingerprint());
    }
    needs.addAll(config.extraDependencies());
    needs.add(config.dataset().getResource());
    AnalyticsDataset dataset = config.dataset();
    this.view =
        BigqueryTable.Builder.create(this, "view")
            .project(dataset.getProjectId())
            .datasetId(dataset.getDatasetId())
            .tableId(config.viewId())
            .description(config.description())
            .view(BigqueryTableView.builder().query(config.query()).useLegacySql(false).build())
            .deletionProtection(config.deletionProtection())
            .labels(dataset.getConfig().labels())
            .dependsOn(List.copyOf(needs))
            .build();
    this.contentFingerprint = Fingerprints.of(fingerprintParts);
    List<ITerraformDependable> reads = new ArrayList<>(needs);
    reads.add(view);
    this.readDependencies = List.copyOf(reads);
  }

  @Override
  public AnalyticsDataset getDataset() {
    return config.dataset();
  }

  @Override
  public String getTableId() {
    return config.viewId();
  }

  @Override
  public String getContentFingerprint() {
    return contentFingerprint;
  }

  @Override
  public List<ITerraformDependable> getReadDependencies() {
    return readDependencies;
  }

  /** The view's query, for {@link SqlAnalysis}: its columns become a table for later SQL. */
  @Override
  public List<SqlStatement> getSqlStatements() {
    return List.of(SqlStatement.view(
        getNode().getPath(), "view " + config.viewId(), config.query(), getQualifiedName()));
  }

  /** The SQL of the view. */
  public String getQuery() {
    return config.query();
  }

  public BigqueryTable getResource() {
    return view;
  }
}
