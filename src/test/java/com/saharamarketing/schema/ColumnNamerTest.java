package com.saharamarketing.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnNamerTest {
  private static final String VALID = "[A-Za-z_][A-Za-z0-9_]*";

  @Test
  void spacesBecomeUnderscoresAsInTheIssueExamples() {
    assertThat(ColumnNamer.names(List.of("Account Number", "Average Sales Cycle ")))
        .containsExactly("Account_Number", "Average_Sales_Cycle");
  }

  @Test
  void fieldCaseHeadersGetTheDocumentedNames() {
    assertThat(
            ColumnNamer.names(List.of("Customer ID", "utm-medium", "2nd Purchase", "Total.Spend")))
        .containsExactly("Customer_ID", "utm_medium", "_2nd_Purchase", "Total_Spend");
  }

  @Test
  void validNamesAreUnchanged() {
    List<String> headers = List.of("id", "User_ID", "_private", "a1b2", "LifeTime_Value");

    assertThat(ColumnNamer.names(headers)).isEqualTo(headers);
  }

  @Test
  void headerIsTrimmedBeforeNaming() {
    assertThat(ColumnNamer.names(List.of("  Name\t", " \u2003Age "))).containsExactly("Name", "Age");
  }

  @Test
  void leadingDigitGetsAnUnderscorePrefix() {
    assertThat(ColumnNamer.names(List.of("2nd", "10 day total", "0")))
        .containsExactly("_2nd", "_10_day_total", "_0");
  }

  @Test
  void runOfInvalidCharactersCollapsesIntoOneUnderscore() {
    assertThat(ColumnNamer.names(List.of("a - b", "Total..Spend", "x!@#$%^&*()y", "caf\u00e9 cr\u00e8me")))
        .containsExactly("a_b", "Total_Spend", "x_y", "caf_cr_me");
  }

  @Test
  void leadingAndTrailingInvalidCharactersBecomeOneUnderscoreEach() {
    assertThat(ColumnNamer.names(List.of("(Revenue $)", "#id")))
        .containsExactly("_Revenue_", "_id");
  }

  @Test
  void duplicatesIgnoringCaseGetNumberedSuffixes() {
    assertThat(ColumnNamer.names(List.of("Name", "name", "NAME", "other", "nAmE")))
        .containsExactly("Name", "name_2", "NAME_3", "other", "nAmE_4");
  }

  @Test
  void headersThatOnlyCollideAfterNamingAreDeduplicated() {
    assertThat(ColumnNamer.names(List.of("Total Spend", "Total-Spend", "Total.Spend")))
        .containsExactly("Total_Spend", "Total_Spend_2", "Total_Spend_3");
  }

  @Test
  void suffixThatCollidesWithARealHeaderIsSkipped() {
    List<String> names = ColumnNamer.names(List.of("a", "a_2", "a", "A_2"));

    assertThat(names).containsExactly("a", "a_2", "a_3", "A_2_2");
    assertThat(lowerCased(names)).doesNotHaveDuplicates();
  }

  @Test
  void emptyHeaderBecomesColumnAtItsOneBasedPosition() {
    assertThat(ColumnNamer.names(List.of("id", "", "   ", "x")))
        .containsExactly("id", "column_2", "column_3", "x");
  }

  @Test
  void generatedColumnNameIsDeduplicatedAgainstARealOne() {
    assertThat(ColumnNamer.names(List.of("column_2", "")))
        .containsExactly("column_2", "column_2_2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "_TABLE_SUFFIX", "_FILE_NAME", "_PARTITIONTIME", "_PARTITIONDATE", "_ROW_TIMESTAMP",
        "__ROOT__", "_COLIDENTIFIER", "_table_x", "_File_Name", "_partitiontime", "__root__x",
        "_colIdentifier_1", "_row_timestamp"
      })
  void reservedPrefixIsChangedSoTheNameNoLongerStartsWithIt(String header) {
    String name = ColumnNamer.names(List.of(header)).get(0);

    assertThat(name).matches(VALID).isNotEqualTo(header).endsWith(header);
    assertThat(name.toUpperCase(Locale.ROOT))
        .doesNotStartWith("_TABLE_")
        .doesNotStartWith("_FILE_")
        .doesNotStartWith("_PARTITION")
        .doesNotStartWith("_ROW_TIMESTAMP")
        .doesNotStartWith("__ROOT__")
        .doesNotStartWith("_COLIDENTIFIER");
  }

  @Test
  void reservedPrefixGetsTheDocumentedColPrefix() {
    assertThat(ColumnNamer.names(List.of("_PARTITIONTIME", "_file_name")))
        .containsExactly("col_PARTITIONTIME", "col_file_name");
  }

  @Test
  void headerThatBecomesReservedAfterNamingIsAlsoChanged() {
    // "_FILE NAME" only matches the _FILE_ prefix after the space becomes an underscore.
    assertThat(ColumnNamer.names(List.of("_FILE NAME", " _TABLE_ x")))
        .containsExactly("col_FILE_NAME", "col_TABLE__x");
  }

  @Test
  void namesThatMerelyContainAReservedWordAreUnchanged() {
    assertThat(ColumnNamer.names(List.of("TABLE_", "my_FILE_", "PARTITION", "_TABLE")))
        .containsExactly("TABLE_", "my_FILE_", "PARTITION", "_TABLE");
  }

  @Test
  void longNameIsCutTo300Characters() {
    String header = "x".repeat(400);

    String name = ColumnNamer.names(List.of(header)).get(0);

    assertThat(name).hasSize(ColumnNamer.MAX_LENGTH).isEqualTo("x".repeat(300));
  }

  @Test
  void longReservedOrDigitNameIsStillCutTo300Characters() {
    List<String> names = ColumnNamer.names(List.of("_TABLE_" + "y".repeat(400), "9" + "z".repeat(400)));

    assertThat(names).allSatisfy(n -> assertThat(n).hasSize(300).matches(VALID));
    assertThat(names.get(0)).startsWith("col_TABLE_y");
    assertThat(names.get(1)).startsWith("_9z");
  }

  @Test
  void deduplicatedLongNamesStayWithin300CharactersAndUnique() {
    String header = "a".repeat(350);
    List<String> headers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      headers.add(i % 2 == 0 ? header : header.toUpperCase(Locale.ROOT));
    }

    List<String> names = ColumnNamer.names(headers);

    assertThat(names).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(300));
    assertThat(names.get(0)).isEqualTo("a".repeat(300));
    assertThat(names.get(1)).isEqualTo("A".repeat(298) + "_2");
    assertThat(names.get(11)).isEqualTo("A".repeat(297) + "_12");
    assertThat(lowerCased(names)).doesNotHaveDuplicates();
  }

  @Test
  void everyNameIsAValidBigQueryName() {
    List<String> headers =
        List.of("", "1", "-", "Ümlaut", "a b", "__", "_TABLE_", "x".repeat(500), "日本語", "$");

    List<String> names = ColumnNamer.names(headers);

    assertThat(names).hasSameSizeAs(headers).allSatisfy(n -> assertThat(n).matches(VALID));
    assertThat(lowerCased(names)).doesNotHaveDuplicates();
  }

  @Test
  void namingIsDeterministic() {
    List<String> headers = List.of("a b", "A-B", "", "2x", "_FILE_x");

    assertThat(ColumnNamer.names(headers)).isEqualTo(ColumnNamer.names(List.copyOf(headers)));
  }

  @Test
  void turkishDefaultLocaleDoesNotChangeNamesOrDeduplication() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));

      assertThat(ColumnNamer.names(List.of("ID", "id", "Id", "title", "TITLE")))
          .containsExactly("ID", "id_2", "Id_3", "title", "TITLE_2");
      assertThat(ColumnNamer.names(List.of("_file_id", "_partition_id", "__root__i")))
          .containsExactly("col_file_id", "col_partition_id", "col__root__i");
      assertThat(ColumnNamer.names(List.of("Account Number", "Average Sales Cycle ")))
          .containsExactly("Account_Number", "Average_Sales_Cycle");
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static List<String> lowerCased(List<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }
}
