package com.saharamarketing.schema;

import com.saharamarketing.sql.Sql;
import java.util.Objects;

/**
 * One column of a typed view: the raw column, the format found in its text (if any), the typed
 * type, and the GoogleSQL expression that computes the typed value from the raw column.
 *
 * <p>Parsers use {@code SAFE.} functions and {@code SAFE_CAST}, so a value that some later export
 * adds in another format becomes NULL instead of failing every query on the view.
 *
 * @param column the raw column; the typed column keeps its name
 * @param format the detected text format, {@link ValueFormat#NONE} to pass the value through
 * @param type the typed view's type (the raw type when the format is NONE)
 * @param expression GoogleSQL over the raw column, e.g. {@code SAFE.PARSE_DATE('%m/%d/%Y', `d`)}
 */
public record TypedColumn(Column column, ValueFormat format, ColumnType type, String expression) {
  public TypedColumn {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(expression, "expression");
  }

  /** The typed column for a raw column and what {@link FormatInference} saw in its values. */
  public static TypedColumn of(Column column, FormatInference formats) {
    String raw = Sql.quoteIdentifier(column.name());
    if (column.type() != ColumnType.STRING || formats.format() == ValueFormat.NONE) {
      return new TypedColumn(column, ValueFormat.NONE, column.type(), raw);
    }
    ValueFormat format = formats.format();
    ColumnType type = formats.type();
    String expression =
        switch (format) {
          case DATE_MONTH_FIRST -> parseDate("%m", "%d", formats, raw);
          case DATE_DAY_FIRST -> parseDate("%d", "%m", formats, raw);
          case MONEY -> cast(withoutSeparators(
              "REPLACE(" + raw + ", '" + formats.currencySign() + "', '')", formats), type);
          case PERCENT -> cast(withoutSeparators("RTRIM(" + raw + ", '%')", formats), type);
          case GROUPED_NUMBER -> cast(withoutSeparators(raw, formats), type);
          case NONE -> throw new IllegalStateException("handled above");
        };
    return new TypedColumn(column, format, type, expression);
  }

  /** Whether the typed view changes this column (false: it passes the raw value through). */
  public boolean isParsed() {
    return format != ValueFormat.NONE;
  }

  /** The column name, the same in the raw table and the typed view. */
  public String name() {
    return column.name();
  }

  /** The select-list item: the quoted name, or {@code <expression> AS `name`}. */
  public String selectItem() {
    return isParsed() ? expression + " AS " + Sql.quoteIdentifier(name()) : expression;
  }

  private static String parseDate(String first, String second, FormatInference formats, String raw) {
    String slash = "SAFE.PARSE_DATE('" + first + "/" + second + "/%Y', " + raw + ")";
    String dash = "SAFE.PARSE_DATE('" + first + "-" + second + "-%Y', " + raw + ")";
    if (formats.sawSlash() && formats.sawDash()) {
      return "COALESCE(" + slash + ", " + dash + ")";
    }
    return formats.sawSlash() ? slash : dash;
  }

  private static String withoutSeparators(String text, FormatInference formats) {
    return formats.sawThousandsSeparator() ? "REPLACE(" + text + ", ',', '')" : text;
  }

  private static String cast(String text, ColumnType type) {
    return "SAFE_CAST(" + text + " AS " + type.sqlName() + ")";
  }
}
