package com.saharamarketing.app;

import com.saharamarketing.schema.Column;
import com.saharamarketing.schema.ColumnStats;
import com.saharamarketing.schema.CsvProfile;
import com.saharamarketing.schema.TypedColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The human report of {@code sahara schema --report FILE}: one row per column with the header as
 * written (quoted, so trailing spaces show), the column name, raw type and mode, the typed view's
 * type and format, the null count and a few example values; then the typed view's parsers.
 *
 * <pre>
 * crm_account.csv: 600 rows, 21 columns; the typed view parses 3
 *
 * header            column          raw type  mode      typed view                nulls  examples
 * "Annual Revenue"  Annual_Revenue  STRING    REQUIRED  NUMERIC (currency amount)     0  $262873.06 | ...
 * </pre>
 */
final class SchemaReport {
  private static final List<String> HEADINGS =
      List.of("header", "column", "raw type", "mode", "typed view", "nulls", "examples");

  private SchemaReport() {}

  static String render(CsvProfile profile) {
    List<Column> columns = profile.schema().columns();
    List<TypedColumn> typed = profile.typedView().columns();
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADINGS);
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      TypedColumn t = typed.get(i);
      ColumnStats stats = profile.columnStats().get(i);
      rows.add(List.of(
          quote(c.header()),
          c.name(),
          c.type().bigQueryName(),
          c.mode().name(),
          t.isParsed() ? t.type().bigQueryName() + " (" + t.format().description() + ")" : "same",
          String.format(Locale.ROOT, "%,d", stats.nullCount()),
          String.join(" | ", stats.examples().stream().map(SchemaReport::printable).toList())));
    }
    int[] widths = new int[HEADINGS.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s: %,d rows, %d columns; the typed view parses %d%n%n",
        profile.fileName(), profile.rowCount(), columns.size(), profile.typedView().parsedColumns().size()));
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        String cell = row.get(i);
        boolean right = i == 5 && row != HEADINGS;
        String padded = right ? " ".repeat(widths[i] - cell.length()) + cell
            : cell + " ".repeat(widths[i] - cell.length());
        line.append(padded).append(i < widths.length - 1 ? "  " : "");
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    List<TypedColumn> parsed = profile.typedView().parsedColumns();
    if (!parsed.isEmpty()) {
      out.append("\ntyped view parsers (GoogleSQL over the raw column):\n");
      for (TypedColumn t : parsed) {
        out.append("  ").append(t.name()).append(": ").append(t.expression()).append('\n');
      }
    }
    return out.toString();
  }

  private static String quote(String header) {
    return "\"" + printable(header).replace("\"", "\\\"") + "\"";
  }

  /** Line breaks and tabs as escapes, so that every column stays on one line. */
  private static String printable(String value) {
    return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }
}
