package com.saharamarketing.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypeInferenceTest {

  // ---------------------------------------------------------------- integers

  @Test
  void integersIncludingNegativesAndSignsAreInteger() {
    assertThat(typeOf("1", "-42", "0", "+7", "123456789")).isEqualTo(ColumnType.INTEGER);
  }

  @Test
  void int64LimitsAreInteger() {
    assertThat(typeOf("9223372036854775807")).isEqualTo(ColumnType.INTEGER);
    assertThat(typeOf("-9223372036854775808")).isEqualTo(ColumnType.INTEGER);
  }

  @Test
  void valueBeyondInt64IsStringNotFloat() {
    assertThat(typeOf("9223372036854775808")).isEqualTo(ColumnType.STRING);
    assertThat(typeOf("-9223372036854775809")).isEqualTo(ColumnType.STRING);
    assertThat(typeOf("1", "99999999999999999999")).isEqualTo(ColumnType.STRING);
  }

  @Test
  void leadingZerosAreString() {
    assertThat(typeOf("007")).isEqualTo(ColumnType.STRING);
    assertThat(typeOf("1", "2", "007")).isEqualTo(ColumnType.STRING);
    assertThat(typeOf("-01")).isEqualTo(ColumnType.STRING);
    assertThat(typeOf("00.5")).isEqualTo(ColumnType.STRING);
  }

  // ---------------------------------------------------------------- floats

  @Test
  void mixingIntegersAndDecimalsIsFloatInEitherOrder() {
    assertThat(typeOf("1", "2", "2.5")).isEqualTo(ColumnType.FLOAT);
    assertThat(typeOf("2.5", "1", "2")).isEqualTo(ColumnType.FLOAT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e5", "1E5", "2.5e-3", "-0.5", "+3.25", ".5", "0.0", "1.5E+10"})
  void decimalAndExponentFormsAreFloat(String value) {
    assertThat(typeOf(value)).isEqualTo(ColumnType.FLOAT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NaN", "Infinity", "-Infinity", "inf", "1,000", "$5", "1.", "1e", "e5", ".", "-", "+",
        "1e999", "1.2.3", "5%", " 1", "1 ", "0x1F", "1_000"
      })
  void notALoadableNumberIsString(String value) {
    assertThat(typeOf(value)).isEqualTo(ColumnType.STRING);
  }

  @Test
  void numericIsNeverInferredForRawTables() {
    assertThat(typeOf("1234.50", "99", "0.01")).isEqualTo(ColumnType.FLOAT);
  }

  // ---------------------------------------------------------------- booleans

  @Test
  void trueAndFalseInAnyCaseAreBoolean() {
    assertThat(typeOf("true", "FALSE", "True", "fAlSe")).isEqualTo(ColumnType.BOOLEAN);
  }

  @Test
  void booleanMixedWithNumbersOrOtherWordsIsString() {
    assertThat(typeOf("true", "1")).isEqualTo(ColumnType.STRING);
    assertThat(typeOf("0", "false")).isEqualTo(ColumnType.STRING);
    assertThat(typeOf("true", "yes")).isEqualTo(ColumnType.STRING);
    assertThat(typeOf("t")).isEqualTo(ColumnType.STRING);
  }

  // ---------------------------------------------------------------- dates and timestamps

  @Test
  void isoCalendarDatesAreDate() {
    assertThat(typeOf("2024-02-29", "2024-01-05", "1999-12-31", "2024-1-5"))
        .isEqualTo(ColumnType.DATE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-04-31", "0000-01-01",
        "3/7/2024", "2024/01/15", "15-01-2024", "2024-01-15x", "24-01-15"
      })
  void impossibleOrNonIsoDatesAreString(String value) {
    assertThat(typeOf(value)).isEqualTo(ColumnType.STRING);
  }

  @Test
  void oneImpossibleDateMakesTheColumnString() {
    assertThat(typeOf("2024-01-15", "2024-02-30")).isEqualTo(ColumnType.STRING);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-01-15 10:30:00", "2024-01-15T10:30:00Z", "2024-01-15 10:30:00+02:00",
        "2024-01-15T10:30:00.123456", "2024-01-15 10:30", "2024-01-15 23:59:59 UTC",
        "2024-01-15T00:00:00-0500", "2024-02-29 10:30:00"
      })
  void dateTimesAreTimestamp(String value) {
    assertThat(typeOf(value)).isEqualTo(ColumnType.TIMESTAMP);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-01-15 25:00", "2024-01-15 24:00:00", "2024-01-15 10:60:00", "2024-01-15 10:30:60",
        "2023-02-29 10:30:00", "2024-01-15 10:30:00.1234567", "10:30:00", "2024-01-15 10"
      })
  void invalidDateTimesAreString(String value) {
    assertThat(typeOf(value)).isEqualTo(ColumnType.STRING);
  }

  @Test
  void mixingDatesAndTimestampsIsTimestamp() {
    assertThat(typeOf("2024-01-15", "2024-01-16 10:30:00")).isEqualTo(ColumnType.TIMESTAMP);
    assertThat(typeOf("2024-01-16T10:30:00Z", "2024-01-15")).isEqualTo(ColumnType.TIMESTAMP);
  }

  @Test
  void mixingDatesAndNumbersIsString() {
    assertThat(typeOf("2024-01-15", "5")).isEqualTo(ColumnType.STRING);
  }

  // ---------------------------------------------------------------- empty cells and mode

  @Test
  void noEmptyCellsIsRequired() {
    TypeInference inference = infer("1", "2");

    assertThat(inference.mode()).isEqualTo(ColumnMode.REQUIRED);
    assertThat(inference.nullCount()).isZero();
  }

  @Test
  void emptyCellsMakeNullableWithoutChangingTheType() {
    TypeInference inference = infer("1", "", "3", "");

    assertThat(inference.type()).isEqualTo(ColumnType.INTEGER);
    assertThat(inference.mode()).isEqualTo(ColumnMode.NULLABLE);
    assertThat(inference.nullCount()).isEqualTo(2);
  }

  @Test
  void allEmptyColumnIsNullableString() {
    TypeInference inference = infer("", "", "");

    assertThat(inference.type()).isEqualTo(ColumnType.STRING);
    assertThat(inference.mode()).isEqualTo(ColumnMode.NULLABLE);
    assertThat(inference.nullCount()).isEqualTo(3);
  }

  @Test
  void columnWithNoCellsIsNullableString() {
    TypeInference inference = new TypeInference();

    assertThat(inference.type()).isEqualTo(ColumnType.STRING);
    assertThat(inference.mode()).isEqualTo(ColumnMode.NULLABLE);
    assertThat(inference.nullCount()).isZero();
  }

  @Test
  void whitespaceIsAValueNotANull() {
    TypeInference inference = infer(" ", "1");

    assertThat(inference.type()).isEqualTo(ColumnType.STRING);
    assertThat(inference.mode()).isEqualTo(ColumnMode.REQUIRED);
  }

  @Test
  void onceStringAColumnStaysString() {
    assertThat(typeOf("x", "1", "2", "3")).isEqualTo(ColumnType.STRING);
    assertThat(typeOf("1", "x", "2")).isEqualTo(ColumnType.STRING);
  }

  // ---------------------------------------------------------------- ValueTypes directly

  @Test
  void valueTypesReportsEveryTypeThatAcceptsAValue() {
    assertThat(ValueTypes.typesOf("42")).isEqualTo(ValueTypes.INTEGER | ValueTypes.FLOAT);
    assertThat(ValueTypes.typesOf("4.2")).isEqualTo(ValueTypes.FLOAT);
    assertThat(ValueTypes.typesOf("2024-01-15")).isEqualTo(ValueTypes.DATE | ValueTypes.TIMESTAMP);
    assertThat(ValueTypes.typesOf("2024-01-15 10:30:00")).isEqualTo(ValueTypes.TIMESTAMP);
    assertThat(ValueTypes.typesOf("TRUE")).isEqualTo(ValueTypes.BOOLEAN);
    assertThat(ValueTypes.typesOf("hello")).isZero();
  }

  private static ColumnType typeOf(String... values) {
    return infer(values).type();
  }

  private static TypeInference infer(String... values) {
    TypeInference inference = new TypeInference();
    for (String value : values) {
      inference.accept(value);
    }
    return inference;
  }
}
