package com.saharamarketing.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of a table in CSV column order, as BigQuery will store them.
 *
 * @param columns the columns; the list is copied and cannot be modified
 */
public record TableSchema(List<Column> columns) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public TableSchema {
    columns = List.copyOf(columns);
  }

  /** Returns the column with this name, ignoring case as BigQuery does. */
  public Optional<Column> column(String name) {
    return byName(columns, Column::name, name);
  }

  /** The first item whose name equals name ignoring case (locale-independent), as BigQuery does. */
  static <T> Optional<T> byName(List<T> items, Function<T, String> nameOf, String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return items.stream()
        .filter(c -> nameOf.apply(c).toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  /** The column names in order. */
  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /**
   * The schema in the JSON form that {@code google_bigquery_table.schema} and {@code bq} accept:
   * a compact array of {@code {"name", "type", "mode"}} objects in column order, keys in that
   * order.
   */
  public String toBigQueryJson() {
    List<Map<String, String>> fields =
        columns.stream()
            .map(
                c -> {
                  Map<String, String> field = new LinkedHashMap<>();
                  field.put("name", c.name());
                  field.put("type", c.type().bigQueryName());
                  field.put("mode", c.mode().name());
                  return field;
                })
            .toList();
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a schema of plain strings", e);
    }
  }
}
