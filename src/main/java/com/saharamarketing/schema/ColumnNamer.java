package com.saharamarketing.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns CSV header cells into valid, unique BigQuery column names.
 *
 * <p>Rules, applied in order (all locale-independent):
 *
 * <ol>
 *   <li>trim the header;
 *   <li>replace every run of characters outside {@code [A-Za-z0-9_]} by one {@code _}
 *       ({@code "Total.Spend"} → {@code Total_Spend}, {@code "utm-medium"} → {@code utm_medium});
 *   <li>prefix {@code _} when the name starts with a digit ({@code 2nd Purchase} → {@code
 *       _2nd_Purchase});
 *   <li>an empty result becomes {@code column_N} (N is the 1-based position);
 *   <li>a name starting with a prefix that BigQuery reserves ({@code _TABLE_}, {@code _FILE_},
 *       {@code _PARTITION}, {@code _ROW_TIMESTAMP}, {@code __ROOT__}, {@code _COLIDENTIFIER})
 *       gets the prefix {@code col};
 *   <li>names are cut to 300 characters, BigQuery's limit;
 *   <li>a name equal to an earlier one, ignoring case, gets the suffix {@code _2}, {@code _3}, ...
 * </ol>
 *
 * <p>Columns are still matched to the CSV by position: the load job skips the header row.
 *
 * @see <a href="https://cloud.google.com/bigquery/docs/schemas#column_names">Column names</a>
 */
public final class ColumnNamer {
  /** BigQuery's maximum column name length. */
  public static final int MAX_LENGTH = 300;

  private static final Pattern INVALID_RUN = Pattern.compile("[^A-Za-z0-9_]+");
  private static final List<String> RESERVED_PREFIXES =
      List.of("_TABLE_", "_FILE_", "_PARTITION", "_ROW_TIMESTAMP", "__ROOT__", "_COLIDENTIFIER");

  private ColumnNamer() {}

  /** Returns the column names for these headers, in the same order. */
  public static List<String> names(List<String> headers) {
    List<String> names = new ArrayList<>(headers.size());
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < headers.size(); i++) {
      String base = baseName(headers.get(i), i + 1);
      String name = base;
      for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
        String suffix = "_" + n;
        name = truncate(base, MAX_LENGTH - suffix.length()) + suffix;
      }
      taken.add(name.toLowerCase(Locale.ROOT));
      names.add(name);
    }
    return names;
  }

  /** The name for a single header at a 1-based position, before de-duplication. */
  static String baseName(String header, int position) {
    String name = INVALID_RUN.matcher(header.strip()).replaceAll("_");
    if (name.isEmpty()) {
      return "column_" + position;
    }
    if (Character.isDigit(name.charAt(0))) {
      name = "_" + name;
    }
    String upper = name.toUpperCase(Locale.ROOT);
    for (String prefix : RESERVED_PREFIXES) {
      if (upper.startsWith(prefix)) {
        name = "col" + name;
        break;
      }
    }
    return truncate(name, MAX_LENGTH);
  }

  private static String truncate(String name, int length) {
    return name.length() <= length ? name : name.substring(0, length);
  }
}
