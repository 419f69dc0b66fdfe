package com.saharamarketing.schema;

import java.util.Objects;

/**
 * One column of a generated table schema.
 *
 * @param header the header cell exactly as it appears in the CSV file (byte order mark removed)
 * @param name the valid BigQuery column name derived from the header by {@link ColumnNamer}
 * @param type the narrowest type that loads every value of the column
 * @param mode {@link ColumnMode#NULLABLE} when some cell is empty
 */
public record Column(String header, String name, ColumnType type, ColumnMode mode) {
  public Column {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
  }
}
