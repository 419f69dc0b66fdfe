package com.saharamarketing.sql;

/** Quoting helpers for GoogleSQL identifiers. */
public final class Sql {
  private Sql() {}

  /**
   * Quotes an identifier with backticks so that reserved words ({@code order}, {@code hash}) and
   * project ids with dashes work.
   *
   * @throws IllegalArgumentException when the identifier contains a backtick, backslash or line
   *     break, which no generated name does
   */
  public static String quoteIdentifier(String identifier) {
    if (identifier.isEmpty() || identifier.matches(".*[`\\\\\\r\\n].*")) {
      throw new IllegalArgumentException("not a quotable identifier: '" + identifier + "'");
    }
    return "`" + identifier + "`";
  }

  /** A fully qualified table, view or model reference: {@code `project.dataset.name`}. */
  public static String tableReference(String project, String dataset, String name) {
    return quoteIdentifier(project + "." + dataset + "." + name);
  }
}
