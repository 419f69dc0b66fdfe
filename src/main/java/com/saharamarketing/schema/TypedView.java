package com.saharamarketing.schema;

import com.saharamarketing.sql.Sql;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The typed view over a raw CSV table: every raw column, in order and under the same name, with
 * the text formats that {@link FormatInference} recognised parsed into typed values. The raw
 * table stays lossless; downstream SQL reads the view.
 *
 * <pre>{@code
 * TypedView view = CsvScanner.scan(Path.of("crm_account.csv")).typedView();
 * String sql = view.query("`my-project.crm.accounts`");
 * // SELECT ..., SAFE_CAST(REPLACE(`Annual_Revenue`, '$', '') AS NUMERIC) AS `Annual_Revenue`, ...
 * }</pre>
 *
 * @param columns one per raw column, in CSV column order
 */
public record TypedView(List<TypedColumn> columns) {
  public TypedView {
    columns = List.copyOf(columns);
  }

  /** Returns the column with this name, ignoring case as BigQuery does. */
  public Optional<TypedColumn> column(String name) {
    return TableSchema.byName(columns, TypedColumn::name, name);
  }

  /** The columns that the view parses (the others pass through). */
  public List<TypedColumn> parsedColumns() {
    return columns.stream().filter(TypedColumn::isParsed).toList();
  }

  /**
   * The view's GoogleSQL: a plain {@code SELECT} of every column from the raw table.
   *
   * @param sourceReference the backtick-quoted raw table, e.g. from {@link Sql#tableReference}
   */
  public String query(String sourceReference) {
    return columns.stream()
            .map(c -> "  " + c.selectItem())
            .collect(Collectors.joining(",\n", "SELECT\n", "\n"))
        + "FROM " + sourceReference;
  }
}
