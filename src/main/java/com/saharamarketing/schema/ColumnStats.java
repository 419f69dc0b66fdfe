package com.saharamarketing.schema;

import java.util.List;

/**
 * What a scan saw in one column, for reports.
 *
 * @param nullCount empty cells
 * @param examples up to {@link #MAX_EXAMPLES} distinct non-empty values, first seen first, each
 *     cut to {@link #MAX_EXAMPLE_LENGTH} characters
 */
public record ColumnStats(long nullCount, List<String> examples) {
  /** Examples kept per column; memory stays bounded whatever the file size. */
  public static final int MAX_EXAMPLES = 3;
  /** Characters kept per example. */
  public static final int MAX_EXAMPLE_LENGTH = 40;

  public ColumnStats {
    examples = List.copyOf(examples);
  }
}
