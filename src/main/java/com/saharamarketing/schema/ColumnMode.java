package com.saharamarketing.schema;

/** BigQuery column modes; CSV columns are never repeated. */
public enum ColumnMode {
  /** At least one cell of the column is empty, which BigQuery loads as NULL. */
  NULLABLE,
  /** Every cell has a value. */
  REQUIRED
}
