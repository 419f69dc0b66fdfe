package com.saharamarketing.schema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regex-based {@link ValueTypes} as it was before the hand-written scanners (commit 12af075),
 * kept unchanged in test scope as the oracle that the fast version must agree with.
 *
 * <p>Original description: Decides which column types accept a single CSV value under BigQuery's CSV load rules.
 *
 * <p>The rules are deliberately stricter than BigQuery where BigQuery's behaviour is loose or
 * poorly documented: a value that we accept for a type always loads as that type, so a generated
 * schema never fails a load. Examples: {@code 007} is not an INTEGER (the leading zeros would be
 * lost), {@code 2024-02-30} is not a DATE, {@code NaN} and {@code 1,000} are not FLOAT.
 */
final class ValueTypesReference {
  static final int BOOLEAN = 1;
  static final int INTEGER = 1 << 1;
  static final int FLOAT = 1 << 2;
  static final int DATE = 1 << 3;
  static final int TIMESTAMP = 1 << 4;
  /** Every inferable type other than STRING, which accepts everything. */
  static final int ALL = BOOLEAN | INTEGER | FLOAT | DATE | TIMESTAMP;

  private static final Pattern FLOAT_PATTERN =
      Pattern.compile("[+-]?(0|[1-9][0-9]*)?(\\.[0-9]+)?([eE][+-]?[0-9]{1,3})?");
  private static final Pattern DATE_PATTERN =
      Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");
  private static final Pattern TIMESTAMP_PATTERN =
      Pattern.compile(
          "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
              + "(?:[T ]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\\.[0-9]{1,6})?)?"
              + "(?: ?(?:Z|UTC|[+-][0-9]{2}(?::?[0-9]{2})?))?)?");

  private ValueTypesReference() {}

  /** Returns the bit set of types (the constants above) that accept this non-empty value. */
  static int typesOf(String value) {
    int types = 0;
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return BOOLEAN;
    }
    char first = value.charAt(0);
    if (first == '+' || first == '-' || first == '.' || (first >= '0' && first <= '9')) {
      if (isPlainInteger(value)) {
        // Beyond INT64 an id would silently lose digits as FLOAT: leave it to STRING.
        types |= fitsInt64(value) ? INTEGER | FLOAT : 0;
      } else if (isFloat(value)) {
        types |= FLOAT;
      }
      // Dates and timestamps start with a four-digit year and a dash: skip the regexes otherwise.
      if (value.length() >= 8 && value.charAt(4) == '-' && first >= '0' && first <= '9') {
        if (isDate(value)) {
          types |= DATE | TIMESTAMP;
        } else if (isTimestamp(value)) {
          types |= TIMESTAMP;
        }
      }
    }
    return types;
  }

  /** {@code [+-]?(0|[1-9][0-9]*)}, without a regex: this runs for every numeric-looking cell. */
  private static boolean isPlainInteger(String value) {
    int start = value.charAt(0) == '+' || value.charAt(0) == '-' ? 1 : 0;
    int length = value.length();
    if (start == length || (value.charAt(start) == '0' && length - start > 1)) {
      return false;
    }
    for (int i = start; i < length; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean fitsInt64(String value) {
    try {
      Long.parseLong(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isFloat(String value) {
    // The pattern allows an empty match and a lone sign or exponent; require a digit before it.
    if (!FLOAT_PATTERN.matcher(value).matches()) {
      return false;
    }
    int exponent = Math.max(value.indexOf('e'), value.indexOf('E'));
    String mantissa = exponent < 0 ? value : value.substring(0, exponent);
    if (mantissa.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    return Double.isFinite(Double.parseDouble(value));
  }

  private static boolean isDate(String value) {
    Matcher m = DATE_PATTERN.matcher(value);
    return m.matches() && isCalendarDate(m.group(1), m.group(2), m.group(3));
  }

  private static boolean isTimestamp(String value) {
    Matcher m = TIMESTAMP_PATTERN.matcher(value);
    if (!m.matches() || !isCalendarDate(m.group(1), m.group(2), m.group(3))) {
      return false;
    }
    if (m.group(4) == null) {
      return true;
    }
    int hour = Integer.parseInt(m.group(4));
    int minute = Integer.parseInt(m.group(5));
    int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    return hour < 24 && minute < 60 && second < 60;
  }

  private static boolean isCalendarDate(String year, String month, String day) {
    try {
      LocalDate.of(
          Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return Integer.parseInt(year) >= 1;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
