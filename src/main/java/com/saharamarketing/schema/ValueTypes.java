package com.saharamarketing.schema;

/**
 * Decides which column types accept a single CSV value under BigQuery's CSV load rules.
 *
 * <p>The rules are deliberately stricter than BigQuery where BigQuery's behaviour is loose or
 * poorly documented: a value that we accept for a type always loads as that type, so a generated
 * schema never fails a load. Examples: {@code 007} is not an INTEGER (the leading zeros would be
 * lost), {@code 2024-02-30} is not a DATE, {@code NaN} and {@code 1,000} are not FLOAT.
 *
 * <p>This runs for every cell of a file, so it uses hand-written scanners instead of regexes,
 * exceptions or number objects. The accepted forms, exactly:
 *
 * <ul>
 *   <li>BOOLEAN: {@code true} or {@code false} in any letter case (and then no other type);
 *   <li>INTEGER (and FLOAT): {@code [+-]?(0|[1-9][0-9]*)} within the signed 64-bit range;
 *       beyond it, neither (an id would lose digits as FLOAT);
 *   <li>FLOAT: {@code [+-]?(0|[1-9][0-9]*)?(\.[0-9]+)?([eE][+-]?[0-9]{1,3})?} with a digit
 *       before the exponent and a finite double value;
 *   <li>DATE (and TIMESTAMP): {@code YYYY-M[M]-D[D]}, a real calendar date with a year from 1;
 *   <li>TIMESTAMP: such a date, then {@code [T ]H[H]:MM}, optionally {@code :SS} with up to six
 *       fraction digits, optionally a zone ({@code Z}, {@code UTC}, {@code +HH}, {@code +HHMM} or
 *       {@code +HH:MM}, optionally after one space); hour below 24, minute and second below 60.
 * </ul>
 *
 * <p>The regex version that this replaced is kept in the tests as the oracle.
 */
final class ValueTypes {
  static final int BOOLEAN = 1;
  static final int INTEGER = 1 << 1;
  static final int FLOAT = 1 << 2;
  static final int DATE = 1 << 3;
  static final int TIMESTAMP = 1 << 4;
  /** Every inferable type other than STRING, which accepts everything. */
  static final int ALL = BOOLEAN | INTEGER | FLOAT | DATE | TIMESTAMP;

  private static final String LONG_MAX_DIGITS = "9223372036854775807";
  private static final String LONG_MIN_DIGITS = "9223372036854775808";
  /** Whole numbers with at most this many digits are finite doubles without parsing them. */
  private static final int SURELY_FINITE_DIGITS = 300;

  private ValueTypes() {}

  /** Returns the bit set of types (the constants above) that accept this non-empty value. */
  static int typesOf(String value) {
    return typesOf(value, ALL);
  }

  /**
   * Returns {@code typesOf(value) & wanted}, testing only the types in {@code wanted}: a column
   * that has already ruled a type out does not test it again.
   */
  static int typesOf(String value, int wanted) {
    int length = value.length();
    if ((length == 4 || length == 5) && isBooleanWord(value, length)) {
      return wanted & BOOLEAN;
    }
    char first = value.charAt(0);
    boolean digitFirst = first >= '0' && first <= '9';
    if (!digitFirst && first != '+' && first != '-' && first != '.') {
      return 0;
    }
    int types = 0;
    if ((wanted & (INTEGER | FLOAT)) != 0) {
      types |= numberTypes(value, length);
    }
    // Dates and timestamps start with a four-digit year and a dash.
    if ((wanted & (DATE | TIMESTAMP)) != 0 && digitFirst && length >= 8
        && value.charAt(4) == '-') {
      types |= dateTypes(value, length);
    }
    return types & wanted;
  }

  /** {@code true} or {@code false} in any letter case, as {@link String#equalsIgnoreCase} says. */
  private static boolean isBooleanWord(String value, int length) {
    return length == 4 ? value.equalsIgnoreCase("true") : value.equalsIgnoreCase("false");
  }

  /** INTEGER | FLOAT, FLOAT or nothing, for a value starting with a sign, a point or a digit. */
  private static int numberTypes(String value, int length) {
    int i = 0;
    char c = value.charAt(0);
    if (c == '+' || c == '-') {
      i++;
    }
    int integerStart = i;
    if (i < length && value.charAt(i) == '0') {
      i++;
      if (i < length && isDigit(value.charAt(i))) {
        return 0; // a leading zero: neither an integer nor the float pattern
      }
    } else {
      while (i < length && isDigit(value.charAt(i))) {
        i++;
      }
    }
    int integerDigits = i - integerStart;
    if (i == length) {
      if (integerDigits == 0) {
        return 0; // a lone sign
      }
      return fitsInt64(value, integerStart, integerDigits) ? INTEGER | FLOAT : 0;
    }
    int fractionDigits = 0;
    if (value.charAt(i) == '.') {
      i++;
      while (i < length && isDigit(value.charAt(i))) {
        i++;
        fractionDigits++;
      }
      if (fractionDigits == 0) {
        return 0;
      }
    }
    if (integerDigits == 0 && fractionDigits == 0) {
      return 0; // no digit before the exponent
    }
    boolean exponent = false;
    if (i < length && (value.charAt(i) == 'e' || value.charAt(i) == 'E')) {
      exponent = true;
      i++;
      if (i < length && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < length && isDigit(value.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits < 1 || exponentDigits > 3) {
        return 0;
      }
    }
    if (i != length) {
      return 0;
    }
    if (!exponent && integerDigits <= SURELY_FINITE_DIGITS) {
      return FLOAT;
    }
    return Double.isFinite(Double.parseDouble(value)) ? FLOAT : 0;
  }

  /** Whether the digits value[start, start + digits), negative after a '-', fit in a long. */
  private static boolean fitsInt64(String value, int start, int digits) {
    if (digits < LONG_MAX_DIGITS.length()) {
      return true;
    }
    if (digits > LONG_MAX_DIGITS.length()) {
      return false;
    }
    String limit = value.charAt(0) == '-' ? LONG_MIN_DIGITS : LONG_MAX_DIGITS;
    for (int i = 0; i < digits; i++) {
      char c = value.charAt(start + i);
      char l = limit.charAt(i);
      if (c != l) {
        return c < l;
      }
    }
    return true;
  }

  /**
   * DATE | TIMESTAMP for a real date, TIMESTAMP for a real date and time, else nothing; for a
   * value of at least 8 characters with a dash at index 4.
   */
  private static int dateTypes(String value, int length) {
    int year = 0;
    for (int i = 0; i < 4; i++) {
      char c = value.charAt(i);
      if (!isDigit(c)) {
        return 0;
      }
      year = year * 10 + (c - '0');
    }
    int i = 5;
    int month = 0;
    int monthStart = i;
    while (i < length && i - monthStart < 2 && isDigit(value.charAt(i))) {
      month = month * 10 + (value.charAt(i++) - '0');
    }
    if (i == monthStart || i >= length || value.charAt(i) != '-') {
      return 0;
    }
    i++;
    int day = 0;
    int dayStart = i;
    while (i < length && i - dayStart < 2 && isDigit(value.charAt(i))) {
      day = day * 10 + (value.charAt(i++) - '0');
    }
    if (i == dayStart || !isCalendarDate(year, month, day)) {
      return 0;
    }
    if (i == length) {
      return DATE | TIMESTAMP;
    }
    return isTimeAndZone(value, i, length) ? TIMESTAMP : 0;
  }

  /** {@code [T ]H[H]:MM(:SS(.F{1,6})?)?( ?(Z|UTC|[+-]HH(:?MM)?))?} from index i to the end. */
  private static boolean isTimeAndZone(String value, int i, int length) {
    char c = value.charAt(i);
    if (c != 'T' && c != ' ') {
      return false;
    }
    i++;
    int hour = 0;
    int hourStart = i;
    while (i < length && i - hourStart < 2 && isDigit(value.charAt(i))) {
      hour = hour * 10 + (value.charAt(i++) - '0');
    }
    if (i == hourStart || i + 2 >= length || value.charAt(i) != ':'
        || !isDigit(value.charAt(i + 1)) || !isDigit(value.charAt(i + 2))) {
      return false;
    }
    int minute = twoDigits(value, i + 1);
    i += 3;
    int second = 0;
    if (i + 2 < length && value.charAt(i) == ':'
        && isDigit(value.charAt(i + 1)) && isDigit(value.charAt(i + 2))) {
      second = twoDigits(value, i + 1);
      i += 3;
      if (i + 1 < length && value.charAt(i) == '.' && isDigit(value.charAt(i + 1))) {
        int fractionStart = ++i;
        while (i < length && i - fractionStart < 6 && isDigit(value.charAt(i))) {
          i++;
        }
      }
    }
    if (i < length && !isZone(value, i, length)) {
      return false;
    }
    return hour < 24 && minute < 60 && second < 60;
  }

  /** {@code ' '?(Z|UTC|[+-]HH(:?MM)?)} exactly from index i to the end. */
  private static boolean isZone(String value, int i, int length) {
    if (value.charAt(i) == ' ') {
      i++;
    }
    int rest = length - i;
    if (rest <= 0) {
      return false;
    }
    char c = value.charAt(i);
    if (c == 'Z') {
      return rest == 1;
    }
    if (c == 'U') {
      return rest == 3 && value.charAt(i + 1) == 'T' && value.charAt(i + 2) == 'C';
    }
    if ((c != '+' && c != '-') || rest < 3
        || !isDigit(value.charAt(i + 1)) || !isDigit(value.charAt(i + 2))) {
      return false;
    }
    i += 3;
    if (i == length) {
      return true;
    }
    if (value.charAt(i) == ':') {
      i++;
    }
    return length - i == 2 && isDigit(value.charAt(i)) && isDigit(value.charAt(i + 1));
  }

  private static int twoDigits(String value, int i) {
    return (value.charAt(i) - '0') * 10 + (value.charAt(i + 1) - '0');
  }

  /** What {@code LocalDate.of(year, month, day)} accepts, from year 1 on. */
  static boolean isCalendarDate(int year, int month, int day) {
    return year >= 1 && month >= 1 && month <= 12 && day >= 1
        && day <= daysInMonth(year, month);
  }

  private static int daysInMonth(int year, int month) {
    switch (month) {
      case 2:
        boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        return leap ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
