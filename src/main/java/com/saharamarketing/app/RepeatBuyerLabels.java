package com.saharamarketing.app;

import com.saharamarketing.schema.CsvProfile;
import java.math.BigDecimal;
import java.util.List;

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

  static RepeatBuyerLabels count(CrmData data) {
    long[] counts = new long[3];
    CsvColumnReader.forEachRow(data.tables().get(CrmData.ACCOUNTS), List.of(COLUMN), row -> {
      BigDecimal won = number(row[0]);
      counts[won == null ? 2 : won.compareTo(BigDecimal.ONE) > 0 ? 0 : 1]++;
    });
    return new RepeatBuyerLabels(counts[0], counts[1], counts[2]);
  }

  /** Fails when the label has fewer than two classes, naming the file, the column and the counts. */
  static RepeatBuyerLabels requireTwoClasses(CrmData data) {
    RepeatBuyerLabels labels = count(data);
    if (labels.repeatBuyers() == 0 || labels.others() == 0) {
      CsvProfile accounts = data.tables().get(CrmData.ACCOUNTS);
      throw new SettingsException(accounts.file().getFileName() + ": the repeat-buyer label ("
          + COLUMN + " > 1) has a single class: " + labels.repeatBuyers() + " repeat buyers, "
          + labels.others() + " other accounts, " + labels.unlabelled() + " without a value; "
          + "logistic regression needs both classes: export accounts of both kinds");
    }
    return labels;
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
