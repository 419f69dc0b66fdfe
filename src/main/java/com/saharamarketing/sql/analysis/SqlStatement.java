package com.saharamarketing.sql.analysis;

import java.util.Objects;

/**
 * One SQL statement to analyse, with where it comes from.
 *
 * @param origin who runs it, such as a construct path ({@code sahara-marketing/segmentation})
 * @param purpose what it is for, in words ({@code view segmentation_training})
 * @param sql the GoogleSQL text exactly as deployed
 * @param kind what the statement does
 * @param defines the unquoted {@code project.dataset.name} of the view or model the statement
 *     creates, or empty for {@link Kind#QUERY}
 */
public record SqlStatement(String origin, String purpose, String sql, Kind kind, String defines) {
  /** What a statement does, which decides what the catalog learns from it. */
  public enum Kind {
    /** A view's query: its output columns become a queryable table named {@code defines}. */
    VIEW,
    /** {@code CREATE [OR REPLACE] MODEL}: the model becomes an argument for the ML functions. */
    CREATE_MODEL,
    /** Any other statement: analysed, nothing is added to the catalog. */
    QUERY
  }

  public SqlStatement {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(defines, "defines");
    if (kind != Kind.QUERY && defines.isEmpty()) {
      throw new IllegalArgumentException(purpose + ": a " + kind + " statement must name what it defines");
    }
  }

  /** The query of a view named {@code reference}. */
  public static SqlStatement view(String origin, String purpose, String sql, String reference) {
    return new SqlStatement(origin, purpose, sql, Kind.VIEW, reference);
  }

  /** A {@code CREATE MODEL} statement of the model named {@code reference}. */
  public static SqlStatement createModel(String origin, String purpose, String sql, String reference) {
    return new SqlStatement(origin, purpose, sql, Kind.CREATE_MODEL, reference);
  }
}
