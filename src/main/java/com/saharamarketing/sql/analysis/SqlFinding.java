package com.saharamarketing.sql.analysis;

/**
 * A statement that does not analyse.
 *
 * @param origin who runs it ({@link SqlStatement#origin})
 * @param purpose what it is for ({@link SqlStatement#purpose})
 * @param line 1-based line within the statement, 0 when the reason is not tied to a position
 * @param column 1-based column within the line, 0 when unknown
 * @param reason the analyser's reason, with its suggestion when it has one ({@code Unrecognized
 *     name: Agee; Did you mean Age?})
 */
public record SqlFinding(String origin, String purpose, int line, int column, String reason) {
  /** One line: origin, purpose, position and reason. */
  public String message() {
    String at = line > 0 ? " at line " + line + ", column " + column : "";
    return origin + ": " + purpose + at + ": " + reason;
  }

  @Override
  public String toString() {
    return message();
  }
}
