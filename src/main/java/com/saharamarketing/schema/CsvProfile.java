package com.saharamarketing.schema;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one full scan of a CSV file learned: its schema, its size and a content fingerprint.
 *
 * @param file the file that was scanned
 * @param schema the generated schema, in CSV column order
 * @param rowCount data rows, header excluded
 * @param sizeBytes file size in bytes
 * @param sha256 hex SHA-256 of the file's bytes; changes exactly when the content changes
 * @param hasQuotedNewlines whether some quoted field spans lines (the load must allow it)
 * @param typedView the typed view over the raw table: recognised text formats parsed
 * @param columnStats per column, in column order: null count and example values
 */
public record CsvProfile(
    Path file,
    TableSchema schema,
    long rowCount,
    long sizeBytes,
    String sha256,
    boolean hasQuotedNewlines,
    TypedView typedView,
    List<ColumnStats> columnStats) {
  public CsvProfile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(typedView, "typedView");
    columnStats = List.copyOf(columnStats);
  }

  /** The file name, e.g. {@code crm_account.csv}. */
  public String fileName() {
    return file.getFileName().toString();
  }
}
