package com.saharamarketing.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatInferenceTest {
  private static FormatInference seen(String... values) {
    FormatInference formats = new FormatInference();
    for (String value : values) {
      formats.accept(value);
    }
    return formats;
  }

  private static TypedColumn typed(String... values) {
    return TypedColumn.of(new Column("c", "c", ColumnType.STRING, ColumnMode.NULLABLE), seen(values));
  }

  @Test
  void moneyWithSignsSeparatorsAndNegativesIsNumeric() {
    TypedColumn c = typed("$208282.78", "$1,234.50", "-$5", "$-0.99", "", "$0");
    assertThat(c.format()).isEqualTo(ValueFormat.MONEY);
    assertThat(c.type()).isEqualTo(ColumnType.NUMERIC);
    assertThat(c.expression()).isEqualTo("SAFE_CAST(REPLACE(REPLACE(`c`, '$', ''), ',', '') AS NUMERIC)");
  }

  @Test
  void moneyWithoutSeparatorsIsNotReplacedTwiceAndWholeAmountsStayNumeric() {
    TypedColumn c = typed("$99", "$100");
    assertThat(c.type()).as("money is exact decimal, never INT64").isEqualTo(ColumnType.NUMERIC);
    assertThat(c.expression()).isEqualTo("SAFE_CAST(REPLACE(`c`, '$', '') AS NUMERIC)");
  }

  @Test
  void otherCurrencySignsWorkButMustNotMix() {
    assertThat(typed("€12.50", "€3").expression()).isEqualTo("SAFE_CAST(REPLACE(`c`, '€', '') AS NUMERIC)");
    assertThat(typed("€12.50", "$3").format()).isEqualTo(ValueFormat.NONE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "$1,23",      // bad grouping
      "$1,2345",
      "$,123",
      "$01.50",     // leading zero
      "$1.",        // no fraction digits
      "$",
      "$ 5",
      "5$",
      "--$5",
      "-$-5",
      "$1.2.3",
  })
  void malformedMoneyRejectsTheFormat(String bad) {
    assertThat(typed("$5", bad).format()).isEqualTo(ValueFormat.NONE);
  }

  @Test
  void groupedWholeNumbersAreInt64() {
    TypedColumn c = typed("1,234,567", "12", "-3,000");
    assertThat(c.format()).isEqualTo(ValueFormat.GROUPED_NUMBER);
    assertThat(c.type()).isEqualTo(ColumnType.INTEGER);
    assertThat(c.expression()).isEqualTo("SAFE_CAST(REPLACE(`c`, ',', '') AS INT64)");
  }

  @Test
  void groupedDecimalsAreNumeric() {
    assertThat(typed("1,234.5", "7").type()).isEqualTo(ColumnType.NUMERIC);
  }

  @Test
  void numbersWithoutAnySeparatorAreNotAGroupedFormat() {
    // An id beyond INT64 is text in the raw table and must stay text.
    assertThat(typed("99999999999999999999", "1").format()).isEqualTo(ValueFormat.NONE);
  }

  @Test
  void decimalCommaIsNeverReadAsAThousandsSeparator() {
    assertThat(typed("1,234", "1,5").format()).isEqualTo(ValueFormat.NONE);
  }

  @Test
  void groupedNumbersBeyondInt64AreNumericThenBigNumericThenFloat() {
    assertThat(typed("9,223,372,036,854,775,808").type()).isEqualTo(ColumnType.NUMERIC);
    assertThat(typed("9,223,372,036,854,775,807").type()).isEqualTo(ColumnType.INTEGER);
    assertThat(typed("1,000", "0.1234567891").type()).as("10 fraction digits").isEqualTo(ColumnType.BIGNUMERIC);
    assertThat(typed("1,000", "1" + "0".repeat(29)).type()).as("30 integer digits").isEqualTo(ColumnType.BIGNUMERIC);
    assertThat(typed("1,000", "1" + "0".repeat(38)).type()).as("39 integer digits").isEqualTo(ColumnType.FLOAT);
    assertThat(typed("1,000", "0." + "1".repeat(39)).type()).as("39 fraction digits").isEqualTo(ColumnType.FLOAT);
    assertThat(typed("1,000", "1" + "0".repeat(28) + ".123456789").type()).as("29 + 9 digits fits NUMERIC")
        .isEqualTo(ColumnType.NUMERIC);
  }

  @Test
  void percentagesKeepTheNumberAsWritten() {
    TypedColumn c = typed("12.5%", "-3%", "1,200%");
    assertThat(c.format()).isEqualTo(ValueFormat.PERCENT);
    assertThat(c.type()).isEqualTo(ColumnType.NUMERIC);
    assertThat(c.expression()).isEqualTo("SAFE_CAST(REPLACE(RTRIM(`c`, '%'), ',', '') AS NUMERIC)");
    assertThat(typed("12%", "100%").expression()).isEqualTo("SAFE_CAST(RTRIM(`c`, '%') AS INT64)");
    assertThat(typed("12%", "12").format()).isEqualTo(ValueFormat.NONE);
  }

  @Test
  void usDatesWithSlashesAreMonthFirst() {
    TypedColumn c = typed("5/19/2015", "12/25/2023", "01/02/2024");
    assertThat(c.format()).isEqualTo(ValueFormat.DATE_MONTH_FIRST);
    assertThat(c.type()).isEqualTo(ColumnType.DATE);
    assertThat(c.expression()).isEqualTo("SAFE.PARSE_DATE('%m/%d/%Y', `c`)");
  }

  @Test
  void dashesAndMixedSeparatorsAreParsedWithBothFormats() {
    assertThat(typed("12-12-2018", "01-31-2019").expression()).isEqualTo("SAFE.PARSE_DATE('%m-%d-%Y', `c`)");
    assertThat(typed("5/19/2015", "12-12-2018").expression())
        .isEqualTo("COALESCE(SAFE.PARSE_DATE('%m/%d/%Y', `c`), SAFE.PARSE_DATE('%m-%d-%Y', `c`))");
  }

  @Test
  void ambiguousDatesAreMonthFirst() {
    assertThat(typed("3/4/2024", "12/1/2024").format()).isEqualTo(ValueFormat.DATE_MONTH_FIRST);
  }

  @Test
  void dayFirstOnlyWhenMonthFirstIsImpossible() {
    TypedColumn c = typed("3/4/2024", "25/12/2023");
    assertThat(c.format()).isEqualTo(ValueFormat.DATE_DAY_FIRST);
    assertThat(c.expression()).isEqualTo("SAFE.PARSE_DATE('%d/%m/%Y', `c`)");
  }

  @Test
  void datesThatNeedBothOrdersAreNotAFormat() {
    assertThat(typed("12/25/2023", "25/12/2023").format()).isEqualTo(ValueFormat.NONE);
  }

  @ParameterizedTest
  @CsvSource({
      "2/30/2024", "2/29/2023", "13/13/2024", "0/1/2024", "1/0/2024", "1/1/0000", "1/1/24",
      "1/1-2024", "1//2024", "123/1/2024", "1/1/20245", "a/1/2024",
  })
  void impossibleOrMalformedDatesRejectTheFormat(String bad) {
    assertThat(typed("1/15/2024", bad).format()).isEqualTo(ValueFormat.NONE);
  }

  @Test
  void leapDayIsADate() {
    assertThat(typed("2/29/2024").type()).isEqualTo(ColumnType.DATE);
  }

  @Test
  void mixedFormatsAreNotAFormat() {
    assertThat(typed("$5", "5/1/2024").format()).isEqualTo(ValueFormat.NONE);
    assertThat(typed("5/1/2024", "$5").format()).isEqualTo(ValueFormat.NONE);
    assertThat(typed("1,000", "12%").format()).isEqualTo(ValueFormat.NONE);
    assertThat(typed("1,000", "abc").format()).isEqualTo(ValueFormat.NONE);
  }

  @Test
  void emptyColumnHasNoFormat() {
    assertThat(typed("", "").format()).isEqualTo(ValueFormat.NONE);
    assertThat(typed().format()).isEqualTo(ValueFormat.NONE);
  }

  @Test
  void typedRawColumnsPassThroughUnchanged() {
    Column integer = new Column("n", "n", ColumnType.INTEGER, ColumnMode.REQUIRED);
    TypedColumn c = TypedColumn.of(integer, seen("1,000"));
    assertThat(c.isParsed()).isFalse();
    assertThat(c.type()).isEqualTo(ColumnType.INTEGER);
    assertThat(c.selectItem()).isEqualTo("`n`");
  }

  @Test
  void reservedWordColumnNamesAreQuoted() {
    TypedColumn c = TypedColumn.of(new Column("order", "order", ColumnType.STRING, ColumnMode.REQUIRED),
        seen("$1"));
    assertThat(c.selectItem()).isEqualTo("SAFE_CAST(REPLACE(`order`, '$', '') AS NUMERIC) AS `order`");
  }

  @Test
  void remembersTheFirstValueThatBrokeTheFormatAndItsLine() {
    FormatInference formats = new FormatInference();
    formats.accept("$1", 2);
    formats.accept("", 3);
    formats.accept("N/A", 4);
    formats.accept("?", 5);
    assertThat(formats.firstMismatch()).isEqualTo("N/A");
    assertThat(formats.firstMismatchLine()).isEqualTo(4);
  }

  @Test
  void aColumnWithoutAnyFormatHasNoMismatch() {
    FormatInference formats = seen("Oslo", "Rome");
    assertThat(formats.firstMismatch()).isNull();
    assertThat(seen("$1", "$2").firstMismatch()).isNull();
  }
}
