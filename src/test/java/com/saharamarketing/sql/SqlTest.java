package com.saharamarketing.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlTest {
  @Test
  void quoteIdentifierWrapsInBackticks() {
    assertThat(Sql.quoteIdentifier("order")).isEqualTo("`order`");
    assertThat(Sql.quoteIdentifier("my-project.ds.t")).isEqualTo("`my-project.ds.t`");
    assertThat(Sql.quoteIdentifier("Annual Revenue")).isEqualTo("`Annual Revenue`");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a`b", "`", "a\nb", "a\rb", "a\\b", "x`", "\n"})
  void failsOnIdentifierWithBacktickBackslashOrLineBreak(String identifier) {
    assertThatThrownBy(() -> Sql.quoteIdentifier(identifier))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a quotable identifier");
  }

  @Test
  void failsOnEmptyIdentifier() {
    assertThatThrownBy(() -> Sql.quoteIdentifier(""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\r\nb", "a\n\nb", "a`\r\nb", "`\u2028", "p.d.t`\r\n\nDROP TABLE x"})
  void failsOnIdentifierWithCrlfOrSeveralLineBreaks(String identifier) {
    assertThatThrownBy(() -> Sql.quoteIdentifier(identifier))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tableReferenceIsOneQuotedDottedIdentifier() {
    assertThat(Sql.tableReference("sahara-prod", "marketing", "crm_account"))
        .isEqualTo("`sahara-prod.marketing.crm_account`");
  }

  @Test
  void failsOnTableReferenceWithBacktickInAnyPart() {
    assertThatThrownBy(() -> Sql.tableReference("p", "d`", "t"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sql.tableReference("p", "d", "t\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
