package com.saharamarketing.schema;

/**
 * A text format that a typed view can parse into a typed value. Detected by {@link
 * FormatInference} only when every non-empty value of a STRING column has the format.
 *
 * <p>Decisions, so that the typed value always means what the text says:
 *
 * <ul>
 *   <li>Dates are day, month and a four-digit year separated by {@code /} or {@code -} (both may
 *       occur in one column, as in real CRM exports). Month first ({@code M/D/YYYY}) is chosen
 *       when every value is a real date read that way, including when every value is ambiguous
 *       ({@code 3/4/2024}): US exports are the common case and BigQuery and DuckDB assume the
 *       same. Day first ({@code D/M/YYYY}) is chosen only when month first is impossible for
 *       some value ({@code 25/12/2023}) and day first is a real date for all. A value that is no
 *       real date either way ({@code 2/30/2024}) rejects the format for the column.
 *   <li>Amounts: an optional minus, then a currency sign ({@code $ € £ ¥}, the same in every
 *       value; the minus may also follow the sign), then digits with optional {@code ,}
 *       thousands separators in groups of three and an optional {@code .} decimal part. Never
 *       INT64: money is exact decimal.
 *   <li>Grouped numbers such as {@code 1,234,567}: at least one value must contain a separator
 *       (otherwise the raw table would already be numeric, or the digits are an id beyond INT64).
 *       A comma is never read as a decimal point: {@code 1,5} rejects the format.
 *   <li>Percentages keep the number as written: {@code 12.5%} becomes {@code 12.5}, not
 *       {@code 0.125}, so that the typed column compares with what users see in the export.
 * </ul>
 */
public enum ValueFormat {
  /** No format: the typed view passes the raw column through unchanged. */
  NONE("as loaded"),
  /** A currency amount such as {@code $1,234.50} or {@code -$5}. */
  MONEY("currency amount"),
  /** A number with thousands separators such as {@code 1,234,567}. */
  GROUPED_NUMBER("number with thousands separators"),
  /** A percentage such as {@code 12.5%}, kept as 12.5. */
  PERCENT("percentage, kept as written (12.5% -> 12.5)"),
  /** A date with the month first, {@code M/D/YYYY} or {@code M-D-YYYY}. */
  DATE_MONTH_FIRST("month/day/year date"),
  /** A date with the day first, {@code D/M/YYYY} or {@code D-M-YYYY}. */
  DATE_DAY_FIRST("day/month/year date");

  private final String description;

  ValueFormat(String description) {
    this.description = description;
  }

  /** A short human description, for reports. */
  public String description() {
    return description;
  }
}
