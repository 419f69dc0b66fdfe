package com.saharamarketing.schema;

import java.util.List;

/**
 * What a scan saw in one column, for reports.
 *
 * @param nullCount empty cells
 * @param examples up to {@link #MAX_EXAMPLES} distinct non-empty values, first seen first, each
 *     cut to {@link #MAX_EXAMPLE_LENGTH} characters
 * @param formatMismatch the first value that broke the text format of the values before it (such
 *     as {@code N/A} in a column of amounts), or null
 * @param formatMismatchLine the line of that value in the file, 0 when there is none
 */
public record ColumnStats(
    long nullCount, List<String> examples, String formatMismatch, long formatMismatchLine) {
  /** Examples kept per column; memory stays bounded whatever the file size. */
  public static final int MAX_EXAMPLES = 3;
  /** Characters kept per example. */
  public static final int MAX_EXAMPLE_LENGTH = 40;

  public ColumnStats {
    examples = List.copyOf(examples);
  }

  /** Stats of a column whose values never broke a format. */
  public ColumnStats(long nullCount, List<String> examples) {
    this(nullCount, examples, null, 0);
  }
}
