package com.saharamarketing.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TableSchemaTest {
  private static final Column ID =
      new Column("Customer ID", "Customer_ID", ColumnType.INTEGER, ColumnMode.REQUIRED);
  private static final Column NOTE = new Column("note", "note", ColumnType.STRING, ColumnMode.NULLABLE);

  @Test
  void bigQueryJsonIsCompactWithKeysNameTypeModeInColumnOrder() {
    TableSchema schema = new TableSchema(List.of(ID, NOTE));

    assertThat(schema.toBigQueryJson())
        .isEqualTo(
            "[{\"name\":\"Customer_ID\",\"type\":\"INTEGER\",\"mode\":\"REQUIRED\"},"
                + "{\"name\":\"note\",\"type\":\"STRING\",\"mode\":\"NULLABLE\"}]");
  }

  @Test
  void bigQueryJsonFollowsColumnOrderNotNameOrder() {
    TableSchema schema = new TableSchema(List.of(NOTE, ID));

    assertThat(schema.toBigQueryJson())
        .isEqualTo(
            "[{\"name\":\"note\",\"type\":\"STRING\",\"mode\":\"NULLABLE\"},"
                + "{\"name\":\"Customer_ID\",\"type\":\"INTEGER\",\"mode\":\"REQUIRED\"}]");
  }

  @Test
  void bigQueryJsonUsesCanonicalApiTypeNames() {
    List<Column> columns = new ArrayList<>();
    for (ColumnType type : ColumnType.values()) {
      columns.add(new Column(type.name(), "c_" + type.name(), type, ColumnMode.NULLABLE));
    }

    String json = new TableSchema(columns).toBigQueryJson();

    assertThat(json)
        .contains("\"type\":\"STRING\"", "\"type\":\"INTEGER\"", "\"type\":\"FLOAT\"",
            "\"type\":\"NUMERIC\"", "\"type\":\"BOOLEAN\"", "\"type\":\"DATE\"",
            "\"type\":\"TIMESTAMP\"")
        .doesNotContain("INT64", "FLOAT64", "BOOL\"");
  }

  @Test
  void emptySchemaIsAnEmptyJsonArray() {
    assertThat(new TableSchema(List.of()).toBigQueryJson()).isEqualTo("[]");
  }

  @Test
  void columnLookupIgnoresCase() {
    TableSchema schema = new TableSchema(List.of(ID, NOTE));

    assertThat(schema.column("customer_id")).contains(ID);
    assertThat(schema.column("CUSTOMER_ID")).contains(ID);
    assertThat(schema.column("Note")).contains(NOTE);
    assertThat(schema.column("missing")).isEmpty();
  }

  @Test
  void columnLookupMatchesNamesNotHeaders() {
    TableSchema schema = new TableSchema(List.of(ID));

    assertThat(schema.column("Customer ID")).isEmpty();
  }

  @Test
  void columnLookupIgnoresCaseUnderTurkishDefaultLocale() {
    Column id = new Column("ID", "ID", ColumnType.INTEGER, ColumnMode.REQUIRED);
    TableSchema schema = new TableSchema(List.of(id));
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));

      assertThat(schema.column("id")).contains(id);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void columnNamesAreInColumnOrder() {
    assertThat(new TableSchema(List.of(NOTE, ID)).columnNames())
        .containsExactly("note", "Customer_ID");
  }

  @Test
  void columnsAreCopiedAndUnmodifiable() {
    List<Column> source = new ArrayList<>(List.of(ID));
    TableSchema schema = new TableSchema(source);

    source.add(NOTE);

    assertThat(schema.columns()).containsExactly(ID);
    assertThatThrownBy(() -> schema.columns().add(NOTE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void failsOnColumnWithoutName() {
    assertThatThrownBy(() -> new Column("h", null, ColumnType.STRING, ColumnMode.NULLABLE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
  }
}
