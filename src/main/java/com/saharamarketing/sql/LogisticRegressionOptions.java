package com.saharamarketing.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BigQuery ML logistic-regression options for {@code CREATE MODEL}, typed and range-checked.
 *
 * @param labelColumn the column to predict ({@code input_label_cols})
 * @param autoClassWeights weight classes by inverse frequency; on by default because an 80/20
 *     label otherwise trains a model that always answers the majority class
 * @param dataSplitMethod how evaluation rows are held out
 * @param l1Reg L1 regularization, a finite number at least 0; 0 (BigQuery's default) is left out
 *     of the statement
 * @param l2Reg L2 regularization, a finite number at least 0
 * @see <a
 *     href="https://cloud.google.com/bigquery/docs/reference/standard-sql/bigqueryml-syntax-create-glm">CREATE
 *     MODEL for generalized linear models</a>
 */
public record LogisticRegressionOptions(
    String labelColumn,
    boolean autoClassWeights,
    DataSplitMethod dataSplitMethod,
    double l1Reg,
    double l2Reg) {

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
    requireRegularization("l1_reg", l1Reg);
    requireRegularization("l2_reg", l2Reg);
  }

  /** Options without L1 regularization. */
  public LogisticRegressionOptions(
      String labelColumn, boolean autoClassWeights, DataSplitMethod dataSplitMethod, double l2Reg) {
    this(labelColumn, autoClassWeights, dataSplitMethod, 0, l2Reg);
  }

  private static void requireRegularization(String option, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(option + ": " + value + " must be a finite number >= 0");
    }
  }

  /** The same options with another L1 regularization. */
  public LogisticRegressionOptions withL1Reg(double l1) {
    return new LogisticRegressionOptions(labelColumn, autoClassWeights, dataSplitMethod, l1, l2Reg);
  }

  /** Defaults: class weights on, automatic split, no regularization. */
  public static LogisticRegressionOptions defaults(String labelColumn) {
    return new LogisticRegressionOptions(labelColumn, true, DataSplitMethod.AUTO_SPLIT, 0);
  }

  /** The body of the {@code OPTIONS (...)} clause, one option per line. */
  public String toSql() {
    List<String> options = new ArrayList<>(List.of(
        "model_type = 'LOGISTIC_REG'",
        "input_label_cols = ['" + labelColumn + "']",
        "auto_class_weights = " + String.valueOf(autoClassWeights).toUpperCase(Locale.ROOT),
        "data_split_method = '" + dataSplitMethod.name() + "'"));
    if (l1Reg > 0) {
      options.add("l1_reg = " + BigDecimalText.of(l1Reg));
    }
    options.add("l2_reg = " + BigDecimalText.of(l2Reg));
    return String.join(",\n  ", options);
  }
}
