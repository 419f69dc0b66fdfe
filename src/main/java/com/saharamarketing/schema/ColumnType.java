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
  /** An exact decimal (38 digits, 9 after the point); never inferred for raw tables, used by typed views. */
  NUMERIC,
  /** An exact decimal (76 digits, 38 after the point); for typed-view values too wide for NUMERIC. */
  BIGNUMERIC,
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

  /** The name of this type in GoogleSQL, for {@code CAST} (e.g. {@code INT64}, {@code FLOAT64}). */
  public String sqlName() {
    return switch (this) {
      case BOOLEAN -> "BOOL";
      case INTEGER -> "INT64";
      case FLOAT -> "FLOAT64";
      default -> name();
    };
  }
}
