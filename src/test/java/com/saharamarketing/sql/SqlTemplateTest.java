package com.saharamarketing.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlTemplateTest {
  @Test
  void rendersEveryPlaceholderWithItsValue() {
    SqlTemplate template = new SqlTemplate("t.sql", "SELECT ${column} FROM ${table} WHERE ${column} > 0");

    assertThat(template.render(Map.of("column", "`x`", "table", "`p.d.t`")))
        .isEqualTo("SELECT `x` FROM `p.d.t` WHERE `x` > 0");
  }

  @Test
  void placeholdersAreListedInOrderOfFirstUse() {
    SqlTemplate template = new SqlTemplate("t.sql", "${b} ${a} ${b} ${c_1}");

    assertThat(template.placeholders()).containsExactly("b", "a", "c_1");
  }

  @Test
  void valuesAreInsertedVerbatimIncludingDollarsAndBackslashes() {
    SqlTemplate template = new SqlTemplate("t.sql", "SELECT '${v}'");

    assertThat(template.render(Map.of("v", "$1 \\d ${x}"))).isEqualTo("SELECT '$1 \\d ${x}'");
  }

  @Test
  void renderingStripsSurroundingWhitespaceAndNormalisesCrlf() {
    SqlTemplate template = new SqlTemplate("t.sql", "\r\nSELECT 1\r\nFROM ${t}\r\n\r\n");

    assertThat(template.render(Map.of("t", "x"))).isEqualTo("SELECT 1\nFROM x");
  }

  @Test
  void templateWithoutPlaceholdersRendersWithNoValues() {
    assertThat(new SqlTemplate("t.sql", "SELECT 1").render(Map.of())).isEqualTo("SELECT 1");
  }

  @Test
  void failsNamingMissingPlaceholders() {
    SqlTemplate template = new SqlTemplate("view.sql", "SELECT ${b} FROM ${a} JOIN ${c}");

    assertThatThrownBy(() -> template.render(Map.of("b", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("view.sql")
        .hasMessageContaining("missing values for [a, c]");
  }

  @Test
  void failsNamingValuesWithoutAPlaceholder() {
    SqlTemplate template = new SqlTemplate("view.sql", "SELECT ${a}");

    assertThatThrownBy(() -> template.render(Map.of("a", "1", "old_name", "2", "extra", "3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("view.sql")
        .hasMessageContaining("values without a placeholder: [extra, old_name]");
  }

  @Test
  void failsNamingBothMissingAndUnusedForARenamedPlaceholder() {
    SqlTemplate template = new SqlTemplate("view.sql", "SELECT * FROM ${training_view}");

    assertThatThrownBy(() -> template.render(Map.of("trainingview", "`p.d.v`")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing values for [training_view]")
        .hasMessageContaining("values without a placeholder: [trainingview]");
  }

  @Test
  void loadsTemplatesStoredNextToTheClass() {
    SqlTemplate template = SqlTemplate.load("evaluate_model.sql");

    assertThat(template.placeholders()).containsExactly("model");
    assertThat(template.render(Map.of("model", "`p.d.m`")))
        .isEqualTo("SELECT *\nFROM ML.EVALUATE(MODEL `p.d.m`)");
  }

  @Test
  void failsToLoadAnUnknownTemplateNamingIt() {
    assertThatThrownBy(() -> SqlTemplate.load("no_such_template.sql"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no_such_template.sql");
  }

  @Test
  void failsOnPlaceholderThatIsNotRecognisedInsteadOfLeavingItInTheSql() {
    assertThatThrownBy(() -> new SqlTemplate("t.sql", "SELECT * FROM ${Model}").render(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Model");
  }
}
