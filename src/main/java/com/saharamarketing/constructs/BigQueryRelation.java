package com.saharamarketing.constructs;

import com.hashicorp.cdktf.ITerraformDependable;
import com.saharamarketing.sql.Sql;
import java.util.List;

/**
 * Something SQL can read: a loaded table or a view. Lets constructs that read data (views, model
 * jobs) find its reference, wait for it, and re-run when its data changes.
 */
public interface BigQueryRelation {
  /** The dataset that holds the relation. */
  AnalyticsDataset getDataset();

  /** The table or view id inside the dataset. */
  String getTableId();

  /**
   * A fingerprint that changes whenever the rows this relation returns may change: for a loaded
   * table the CSV content and schema, for a view its SQL and its sources' fingerprints.
   */
  String getContentFingerprint();

  /**
   * The resources that must be complete before the relation can be read: the table and its load
   * job, or the view and everything its sources need.
   */
  List<ITerraformDependable> getReadDependencies();

  /** The backtick-quoted {@code `project.dataset.table`} reference for SQL. */
  default String getSqlReference() {
    return Sql.tableReference(getDataset().getProjectId(), getDataset().getDatasetId(), getTableId());
  }

  /** The unquoted {@code project.dataset.table} name, as the SQL analyser's catalog knows it. */
  default String getQualifiedName() {
    return Sql.qualifiedName(getDataset().getProjectId(), getDataset().getDatasetId(), getTableId());
  }
}
