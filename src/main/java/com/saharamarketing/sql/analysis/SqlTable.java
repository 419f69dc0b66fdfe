package com.saharamarketing.sql.analysis;

import com.saharamarketing.schema.TableSchema;
import java.util.Objects;

/**
 * A table that statements can read, with the schema it is created with.
 *
 * @param reference the unquoted {@code project.dataset.table} name that statements use (quoted as
 *     one identifier, as {@link com.saharamarketing.sql.Sql#tableReference} writes it)
 * @param schema the columns, types and modes
 */
public record SqlTable(String reference, TableSchema schema) {
  public SqlTable {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(schema, "schema");
  }
}
