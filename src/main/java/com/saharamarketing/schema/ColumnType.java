package com.saharamarketing.schema;

/**
 * BigQuery column types that schema inference can produce, with the canonical names that the
 * BigQuery API returns (so that a plan never shows a permanent diff such as {@code INT64} versus
 * {@code INTEGER}).
 *
 * <p>The order of the constants is the order of preference: inference picks the first type that
 * accepts every value of a column.
 */
public enum ColumnType {
  /** {@code true}/{@code false}, in any letter case. */
  BOOLEAN,
  /** A 64-bit signed integer without leading zeros. */
  INTEGER,
  /** A 64-bit IEEE float; chosen for decimals, which BigQuery loads into FLOAT without error. */
  FLOAT,
  /** An exact decimal; never inferred for raw tables, available to typed views and callers. */
  NUMERIC,
  /** A calendar date in {@code YYYY-[M]M-[D]D} form that really exists. */
  DATE,
  /** A date and time, optionally with fractional seconds and a UTC offset or {@code Z}. */
  TIMESTAMP,
  /** Anything else; every CSV value loads as a string. */
  STRING;

  /** The name the BigQuery API uses for this type in a table schema. */
  public String bigQueryName() {
    return name();
  }
}
