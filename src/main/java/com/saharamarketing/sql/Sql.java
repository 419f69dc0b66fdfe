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
    if (identifier.isEmpty() || identifier.chars().anyMatch(Sql::breaksQuoting)) {
      throw new IllegalArgumentException("not a quotable identifier: '" + identifier + "'");
    }
    return "`" + identifier + "`";
  }

  private static boolean breaksQuoting(int c) {
    return c == '`' || c == '\\' || c == '\r' || c == '\n'
        || Character.getType(c) == Character.LINE_SEPARATOR
        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
  }

  /** A fully qualified table, view or model reference: {@code `project.dataset.name`}. */
  public static String tableReference(String project, String dataset, String name) {
    return quoteIdentifier(qualifiedName(project, dataset, name));
  }

  /** The unquoted {@code project.dataset.name} inside {@link #tableReference}. */
  public static String qualifiedName(String project, String dataset, String name) {
    return project + "." + dataset + "." + name;
  }
}
