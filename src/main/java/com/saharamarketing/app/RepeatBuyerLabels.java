package com.saharamarketing.app;

import com.saharamarketing.schema.CsvProfile;
import java.math.BigDecimal;

/**
 * Counts, from the local accounts CSV, the classes of the repeat-buyer label the way the training
 * view defines it ({@code Num_Opportunities_Won > 1}; an empty or non-numeric cell is NULL).
 *
 * <p>Logistic regression needs both classes: BigQuery fails the model job when every label is the
 * same, twenty minutes into a deploy, so synthesis fails first.
 *
 * @param repeatBuyers accounts whose label is TRUE
 * @param others accounts whose label is FALSE
 * @param unlabelled accounts whose label is NULL
 */
record RepeatBuyerLabels(long repeatBuyers, long others, long unlabelled) {
  static final String COLUMN = "Num_Opportunities_Won";

  /** The class of one cell: 0 repeat buyer, 1 other account, 2 no value. */
  static int classOf(String cell) {
    BigDecimal won = number(cell);
    return won == null ? 2 : won.compareTo(BigDecimal.ONE) > 0 ? 0 : 1;
  }

  /** Fails when the label has fewer than two classes, naming the file, the column and the counts. */
  void requireTwoClasses(CsvProfile accounts) {
    if (repeatBuyers == 0 || others == 0) {
      throw new SettingsException(accounts.file().getFileName() + ": the repeat-buyer label ("
          + COLUMN + " > 1) has a single class: " + repeatBuyers + " repeat buyers, "
          + others + " other accounts, " + unlabelled + " without a value; "
          + "logistic regression needs both classes: export accounts of both kinds");
    }
  }

  private static BigDecimal number(String cell) {
    if (cell == null) {
      return null;
    }
    try {
      return new BigDecimal(cell.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
