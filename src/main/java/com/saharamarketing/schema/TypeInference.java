package com.saharamarketing.schema;

/**
 * Infers one column's type and mode from all of its values, one value at a time, in constant
 * memory.
 *
 * <p>Every value narrows the set of types that can still load the whole column; the result is the
 * first remaining type in {@link ColumnType} order, or STRING when none remains. A column with no
 * values at all is a nullable STRING.
 */
public final class TypeInference {
  private int candidates = ValueTypes.ALL;
  private long nonEmpty;
  private long empty;

  /** Accepts the next cell of the column; an empty cell is a NULL. */
  public void accept(String value) {
    if (value.isEmpty()) {
      empty++;
      return;
    }
    nonEmpty++;
    if (candidates != 0) {
      // Only the types still possible are tested: a column that ruled one out skips its check.
      candidates = ValueTypes.typesOf(value, candidates);
    }
  }

  /** The narrowest type that loads every value seen so far. */
  public ColumnType type() {
    if (nonEmpty == 0) {
      return ColumnType.STRING;
    }
    if ((candidates & ValueTypes.BOOLEAN) != 0) {
      return ColumnType.BOOLEAN;
    }
    if ((candidates & ValueTypes.INTEGER) != 0) {
      return ColumnType.INTEGER;
    }
    if ((candidates & ValueTypes.FLOAT) != 0) {
      return ColumnType.FLOAT;
    }
    if ((candidates & ValueTypes.DATE) != 0) {
      return ColumnType.DATE;
    }
    if ((candidates & ValueTypes.TIMESTAMP) != 0) {
      return ColumnType.TIMESTAMP;
    }
    return ColumnType.STRING;
  }

  /** NULLABLE when some cell was empty (or no cell was seen). */
  public ColumnMode mode() {
    return empty > 0 || nonEmpty == 0 ? ColumnMode.NULLABLE : ColumnMode.REQUIRED;
  }

  /** Number of empty cells seen. */
  public long nullCount() {
    return empty;
  }
}
