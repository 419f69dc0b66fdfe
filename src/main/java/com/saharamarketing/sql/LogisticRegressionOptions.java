package com.saharamarketing.sql;

import java.util.Locale;

/**
 * BigQuery ML logistic-regression options for {@code CREATE MODEL}, typed and range-checked.
 *
 * @param labelColumn the column to predict ({@code input_label_cols})
 * @param autoClassWeights weight classes by inverse frequency; on by default because an 80/20
 *     label otherwise trains a model that always answers the majority class
 * @param dataSplitMethod how evaluation rows are held out
 * @param l2Reg L2 regularization, at least 0
 * @see <a
 *     href="https://cloud.google.com/bigquery/docs/reference/standard-sql/bigqueryml-syntax-create-glm">CREATE
 *     MODEL for generalized linear models</a>
 */
public record LogisticRegressionOptions(
    String labelColumn, boolean autoClassWeights, DataSplitMethod dataSplitMethod, double l2Reg) {

  /** {@code data_split_method}. */
  public enum DataSplitMethod {
    AUTO_SPLIT,
    RANDOM,
    NO_SPLIT
  }

  public LogisticRegressionOptions {
    if (labelColumn == null || !labelColumn.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("input_label_cols: '" + labelColumn
          + "' is not a column name (letters, digits and '_', not starting with a digit)");
    }
    if (dataSplitMethod == null) {
      throw new IllegalArgumentException("data_split_method must be set");
    }
    if (!(l2Reg >= 0) || Double.isInfinite(l2Reg)) {
      throw new IllegalArgumentException("l2_reg: " + l2Reg + " must be a finite number >= 0");
    }
  }

  /** Defaults: class weights on, automatic split, no regularization. */
  public static LogisticRegressionOptions defaults(String labelColumn) {
    return new LogisticRegressionOptions(labelColumn, true, DataSplitMethod.AUTO_SPLIT, 0);
  }

  /** The body of the {@code OPTIONS (...)} clause, one option per line. */
  public String toSql() {
    return String.join(
        ",\n  ",
        "model_type = 'LOGISTIC_REG'",
        "input_label_cols = ['" + labelColumn + "']",
        "auto_class_weights = " + String.valueOf(autoClassWeights).toUpperCase(Locale.ROOT),
        "data_split_method = '" + dataSplitMethod.name() + "'",
        "l2_reg = " + BigDecimalText.of(l2Reg));
  }
}
