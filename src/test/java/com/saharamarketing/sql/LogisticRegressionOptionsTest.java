package com.saharamarketing.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.saharamarketing.sql.LogisticRegressionOptions.DataSplitMethod;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogisticRegressionOptionsTest {
  @Test
  void defaultsWeightClassesAndNameTheLabel() {
    String sql = LogisticRegressionOptions.defaults("label").toSql();

    assertThat(sql)
        .contains("auto_class_weights = TRUE")
        .contains("input_label_cols = ['label']")
        .isEqualTo(
            "model_type = 'LOGISTIC_REG',\n"
                + "  input_label_cols = ['label'],\n"
                + "  auto_class_weights = TRUE,\n"
                + "  data_split_method = 'AUTO_SPLIT',\n"
                + "  l2_reg = 0");
  }

  @Test
  void defaultsRecord() {
    assertThat(LogisticRegressionOptions.defaults("repeat_buyer"))
        .isEqualTo(
            new LogisticRegressionOptions("repeat_buyer", true, DataSplitMethod.AUTO_SPLIT, 0, 0));
  }

  @Test
  void explicitChoicesAreRendered() {
    String sql =
        new LogisticRegressionOptions("y", false, DataSplitMethod.NO_SPLIT, 2).toSql();

    assertThat(sql)
        .contains("input_label_cols = ['y']")
        .contains("auto_class_weights = FALSE")
        .contains("data_split_method = 'NO_SPLIT'")
        .endsWith("l2_reg = 2");
  }

  @Test
  void l2RegIsRenderedWithADotUnderGermanLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("de-DE"));

      String sql = new LogisticRegressionOptions("y", true, DataSplitMethod.RANDOM, 0.5).toSql();

      assertThat(sql).endsWith("l2_reg = 0.5").doesNotContain("0,5");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void smallAndLargeL2RegAreRenderedWithoutExponent() {
    assertThat(new LogisticRegressionOptions("y", true, DataSplitMethod.RANDOM, 1e-7).toSql())
        .endsWith("l2_reg = 0.0000001");
    assertThat(new LogisticRegressionOptions("y", true, DataSplitMethod.RANDOM, 1e10).toSql())
        .endsWith("l2_reg = 10000000000");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void failsOnNegativeOrNonFiniteL2RegNamingIt(double l2) {
    assertThatThrownBy(() -> new LogisticRegressionOptions("y", true, DataSplitMethod.AUTO_SPLIT, l2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("l2_reg");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, Double.NaN, Double.POSITIVE_INFINITY})
  void failsOnNegativeOrNonFiniteL1RegNamingIt(double l1) {
    assertThatThrownBy(() -> LogisticRegressionOptions.defaults("y").withL1Reg(l1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("l1_reg").hasMessageContaining(String.valueOf(l1));
  }

  @Test
  void l1RegIsRenderedBeforeL2RegOnlyWhenSet() {
    assertThat(LogisticRegressionOptions.defaults("y").toSql()).doesNotContain("l1_reg");
    assertThat(LogisticRegressionOptions.defaults("y").withL1Reg(0.25).toSql())
        .endsWith("data_split_method = 'AUTO_SPLIT',\n  l1_reg = 0.25,\n  l2_reg = 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void failsOnBlankLabelColumn(String label) {
    assertThatThrownBy(() -> LogisticRegressionOptions.defaults(label))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input_label_cols");
  }

  @Test
  void failsOnNullLabelColumnOrSplitMethod() {
    assertThatThrownBy(() -> LogisticRegressionOptions.defaults(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input_label_cols");
    assertThatThrownBy(() -> new LogisticRegressionOptions("y", true, null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("data_split_method");
  }
}
