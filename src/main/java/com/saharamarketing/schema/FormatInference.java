package com.saharamarketing.schema;

/**
 * Detects, one value at a time and in constant memory, whether every non-empty value of a column
 * has one {@link ValueFormat} that a typed view can parse, and how wide its numbers are.
 *
 * <p>Use it beside {@link TypeInference}; its result only matters when the raw type is STRING
 * (see {@link TypedColumn#of(Column, FormatInference)}).
 *
 * <p>It runs for every cell of a file, so it parses without exceptions, number objects or
 * substrings; the version it replaced is kept in the tests as the oracle.
 */
public final class FormatInference {
  private static final int MONEY = 1;
  private static final int GROUPED = 1 << 1;
  private static final int PERCENT = 1 << 2;
  private static final int MONTH_FIRST = 1 << 3;
  private static final int DAY_FIRST = 1 << 4;
  private static final int ALL = MONEY | GROUPED | PERCENT | MONTH_FIRST | DAY_FIRST;
  private static final String CURRENCY_SIGNS = "$€£¥";

  private int candidates = ALL;
  private long nonEmpty;
  private char currency;
  private boolean sawSeparator;
  private boolean sawFraction;
  private boolean sawSlash;
  private boolean sawDash;
  private int maxIntegerDigits;
  private int maxScale;
  private boolean fitsInt64 = true;
  private String firstMismatch;
  private long firstMismatchLine;

  /** Accepts the next cell of the column; an empty cell is a NULL and tells nothing. */
  public void accept(String value) {
    accept(value, 0);
  }

  /**
   * Accepts the next cell of the column, remembering the line of the first value that no
   * remaining format accepts (for error messages).
   */
  public void accept(String value, long line) {
    if (value.isEmpty()) {
      return;
    }
    nonEmpty++;
    if (candidates == 0) {
      return;
    }
    int before = candidates;
    acceptNonEmpty(value);
    if (candidates == 0 && before != 0 && nonEmpty > 1) {
      firstMismatch = value.length() > ColumnStats.MAX_EXAMPLE_LENGTH
          ? value.substring(0, ColumnStats.MAX_EXAMPLE_LENGTH) + "..." : value;
      firstMismatchLine = line;
    }
  }

  /**
   * The first value that broke the format the values before it had, or null when the format
   * held (or the first value already had none).
   */
  public String firstMismatch() {
    return firstMismatch;
  }

  /** The line of {@link #firstMismatch()}, as passed to {@link #accept(String, long)}. */
  public long firstMismatchLine() {
    return firstMismatchLine;
  }

  private void acceptNonEmpty(String value) {
    char first = value.charAt(0);
    char last = value.charAt(value.length() - 1);
    if ((candidates & (MONTH_FIRST | DAY_FIRST)) != 0 && acceptDate(value)) {
      candidates &= MONTH_FIRST | DAY_FIRST;
    } else if ((candidates & MONEY) != 0 && acceptMoney(value, first)) {
      candidates &= MONEY;
    } else if ((candidates & PERCENT) != 0 && last == '%'
        && acceptNumber(value, value.charAt(0) == '-' ? 1 : 0, value.length() - 1)) {
      candidates &= PERCENT;
    } else if ((candidates & GROUPED) != 0
        && acceptNumber(value, value.charAt(0) == '-' ? 1 : 0, value.length())) {
      candidates &= GROUPED;
    } else {
      candidates = 0;
    }
  }

  /** The detected format, or {@link ValueFormat#NONE}. */
  public ValueFormat format() {
    if (nonEmpty == 0) {
      return ValueFormat.NONE;
    }
    if ((candidates & MONTH_FIRST) != 0) {
      return ValueFormat.DATE_MONTH_FIRST;
    }
    if ((candidates & DAY_FIRST) != 0) {
      return ValueFormat.DATE_DAY_FIRST;
    }
    if ((candidates & MONEY) != 0) {
      return ValueFormat.MONEY;
    }
    if ((candidates & PERCENT) != 0) {
      return ValueFormat.PERCENT;
    }
    if ((candidates & GROUPED) != 0 && sawSeparator) {
      return ValueFormat.GROUPED_NUMBER;
    }
    return ValueFormat.NONE;
  }

  /**
   * The narrowest type that holds every parsed value exactly: DATE for dates; for numbers INT64
   * (whole numbers that fit, never for money), NUMERIC (at most 29 integer and 9 fraction digits),
   * BIGNUMERIC (38 and 38), else FLOAT64. STRING when no format was detected.
   */
  public ColumnType type() {
    ValueFormat format = format();
    switch (format) {
      case NONE:
        return ColumnType.STRING;
      case DATE_MONTH_FIRST:
      case DATE_DAY_FIRST:
        return ColumnType.DATE;
      default:
        if (!sawFraction && fitsInt64 && format != ValueFormat.MONEY) {
          return ColumnType.INTEGER;
        }
        if (maxIntegerDigits <= 29 && maxScale <= 9) {
          return ColumnType.NUMERIC;
        }
        if (maxIntegerDigits <= 38 && maxScale <= 38) {
          return ColumnType.BIGNUMERIC;
        }
        return ColumnType.FLOAT;
    }
  }

  /** The currency sign of a {@link ValueFormat#MONEY} column. */
  char currencySign() {
    return currency;
  }

  /** Whether some value had a thousands separator (the parser must remove it). */
  boolean sawThousandsSeparator() {
    return sawSeparator;
  }

  /** Whether the dates used {@code /}, for the parser. */
  boolean sawSlash() {
    return sawSlash;
  }

  /** Whether the dates used {@code -}, for the parser. */
  boolean sawDash() {
    return sawDash;
  }

  private boolean acceptMoney(String value, char first) {
    int start = first == '-' ? 1 : 0;
    if (start >= value.length()) {
      return false;
    }
    char sign = value.charAt(start);
    if (CURRENCY_SIGNS.indexOf(sign) < 0 || (currency != 0 && currency != sign)) {
      return false;
    }
    int digits = start + 1;
    if (start == 0 && digits < value.length() && value.charAt(digits) == '-') {
      digits++;
    }
    if (!acceptNumber(value, digits, value.length())) {
      return false;
    }
    currency = sign;
    return true;
  }

  /**
   * Checks that value[from, to) is digits with optional groups of three after a leading group of
   * one to three (no leading zeros), and an optional fraction; records its width.
   */
  private boolean acceptNumber(String value, int from, int to) {
    int point = value.indexOf('.', from);
    int integerEnd = point < 0 || point >= to ? to : point;
    if (integerEnd == from) {
      return false;
    }
    int integerDigits = 0;
    boolean separators = false;
    int sinceSeparator = 0;
    for (int i = from; i < integerEnd; i++) {
      char c = value.charAt(i);
      if (c == ',') {
        if (i == from || (separators ? sinceSeparator != 3 : sinceSeparator > 3)) {
          return false;
        }
        separators = true;
        sinceSeparator = 0;
      } else if (c >= '0' && c <= '9') {
        integerDigits++;
        sinceSeparator++;
      } else {
        return false;
      }
    }
    if (separators && sinceSeparator != 3) {
      return false;
    }
    if (value.charAt(from) == '0' && integerEnd - from > 1) {
      return false; // leading zeros: an id or a code, not a number
    }
    int scale = 0;
    if (integerEnd < to) {
      for (int i = integerEnd + 1; i < to; i++) {
        char c = value.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
        scale++;
      }
      if (scale == 0) {
        return false;
      }
    }
    sawSeparator |= separators;
    sawFraction |= scale > 0;
    maxScale = Math.max(maxScale, scale);
    int significant = value.charAt(from) == '0' ? 0 : integerDigits;
    maxIntegerDigits = Math.max(maxIntegerDigits, significant);
    if (fitsInt64 && (scale > 0 || significant > 18)) {
      fitsInt64 = scale == 0 && significant <= 19 && fitsInLong(value, from, integerEnd);
    }
    return true;
  }

  /** Whether the digits and commas in value[from, to), negative after a '-', fit in a long. */
  private static boolean fitsInLong(String value, int from, int to) {
    boolean negative = from > 0 && value.charAt(from - 1) == '-';
    long magnitude = 0; // accumulated negatively, as Long.parseLong does, to reach Long.MIN_VALUE
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c == ',') {
        continue;
      }
      int digit = c - '0';
      if (magnitude < (Long.MIN_VALUE + digit) / 10) {
        return false;
      }
      magnitude = magnitude * 10 - digit;
    }
    return negative || magnitude != Long.MIN_VALUE;
  }

  private boolean acceptDate(String value) {
    int length = value.length();
    if (length < 8 || length > 10) {
      return false;
    }
    int firstSeparator = 1;
    while (firstSeparator < length && isDigit(value.charAt(firstSeparator))) {
      firstSeparator++;
    }
    if (firstSeparator > 2 || firstSeparator >= length) {
      return false;
    }
    char separator = value.charAt(firstSeparator);
    if (separator != '/' && separator != '-') {
      return false;
    }
    int second = value.indexOf(separator, firstSeparator + 1);
    if (second < 0 || second - firstSeparator - 1 < 1 || second - firstSeparator - 1 > 2
        || length - second - 1 != 4 || !isDigit(value.charAt(0))) {
      return false;
    }
    for (int i = firstSeparator + 1; i < length; i++) {
      if (i != second && !isDigit(value.charAt(i))) {
        return false;
      }
    }
    int a = digits(value, 0, firstSeparator);
    int b = digits(value, firstSeparator + 1, second);
    int year = digits(value, second + 1, length);
    // Only the orders still possible matter: (candidates & orders) is all that is used.
    int orders = ((candidates & MONTH_FIRST) != 0 && ValueTypes.isCalendarDate(year, a, b)
            ? MONTH_FIRST : 0)
        | ((candidates & DAY_FIRST) != 0 && ValueTypes.isCalendarDate(year, b, a) ? DAY_FIRST : 0);
    if ((candidates & orders) == 0) {
      return false;
    }
    candidates &= orders | ~(MONTH_FIRST | DAY_FIRST);
    sawSlash |= separator == '/';
    sawDash |= separator == '-';
    return true;
  }

  /** The decimal number value[from, to), all ASCII digits, at most four of them. */
  private static int digits(String value, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (value.charAt(i) - '0');
    }
    return n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
