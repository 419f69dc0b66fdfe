package com.saharamarketing.sql;

import java.math.BigDecimal;

/** Locale-independent, exponent-free rendering of numbers in SQL text. */
final class BigDecimalText {
  private BigDecimalText() {}

  static String of(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
