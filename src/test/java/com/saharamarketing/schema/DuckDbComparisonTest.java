package com.saharamarketing.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our types against DuckDB's CSV sniffer (the best auto-detection we can run in-process) on the
 * real CRM extract in {@code ../shared/data/crm}: ours (the typed view's type) must be at least as
 * specific on every column, and strictly more specific on the money and US-date columns that every
 * sniffer leaves as text.
 *
 * <p><b>Specificity.</b> Types fall into families; STRING accepts every value, so it is the least
 * specific and below every family. Within a family a type is more specific the fewer values it
 * accepts or the more it preserves: numbers FLOAT &lt; NUMERIC (exact) &lt; INTEGER; temporal
 * TIMESTAMP &lt; DATE; BOOLEAN alone. Types of different families are incomparable, and a column
 * where the two disagree across families fails the test.
 */
class DuckDbComparisonTest {
  private static final Set<String> MUST_BE_STRICTLY_BETTER =
      Set.of("Annual_Revenue", "First_Sale_Date", "Last_Sale_Date");

  /** A type in the shared vocabulary: its family and its rank within the family. */
  record Specificity(String family, int rank) {
    static final Specificity TEXT = new Specificity("text", 0);

    /** Whether this is at least as specific as other. */
    boolean atLeast(Specificity other) {
      return other.equals(TEXT) || (family.equals(other.family) && rank >= other.rank);
    }

    boolean strictlyMoreThan(Specificity other) {
      return atLeast(other) && !equals(other);
    }
  }

  static Specificity ours(ColumnType type) {
    return switch (type) {
      case STRING -> Specificity.TEXT;
      case FLOAT -> new Specificity("number", 1);
      case NUMERIC, BIGNUMERIC -> new Specificity("number", 2);
      case INTEGER -> new Specificity("number", 3);
      case TIMESTAMP -> new Specificity("temporal", 1);
      case DATE -> new Specificity("temporal", 2);
      case BOOLEAN -> new Specificity("boolean", 1);
    };
  }

  static Specificity duckDb(String type) {
    String t = type.toUpperCase(Locale.ROOT);
    if (t.equals("VARCHAR")) {
      return Specificity.TEXT;
    }
    if (t.equals("DOUBLE") || t.equals("FLOAT")) {
      return new Specificity("number", 1);
    }
    if (t.startsWith("DECIMAL")) {
      return new Specificity("number", 2);
    }
    if (Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT",
        "UINTEGER", "UBIGINT").contains(t)) {
      return new Specificity("number", 3);
    }
    if (t.startsWith("TIMESTAMP")) {
      return new Specificity("temporal", 1);
    }
    if (t.equals("DATE")) {
      return new Specificity("temporal", 2);
    }
    if (t.equals("BOOLEAN")) {
      return new Specificity("boolean", 1);
    }
    throw new AssertionError("DuckDB type without a place in the specificity order: " + type);
  }

  @Test
  void specificityOrderIsWhatTheJavadocSays() {
    assertThat(ours(ColumnType.INTEGER).strictlyMoreThan(ours(ColumnType.NUMERIC))).isTrue();
    assertThat(ours(ColumnType.NUMERIC).strictlyMoreThan(duckDb("DOUBLE"))).isTrue();
    assertThat(ours(ColumnType.DATE).strictlyMoreThan(duckDb("TIMESTAMP"))).isTrue();
    assertThat(ours(ColumnType.DATE).strictlyMoreThan(duckDb("VARCHAR"))).isTrue();
    assertThat(ours(ColumnType.STRING).atLeast(duckDb("BIGINT"))).isFalse();
    assertThat(ours(ColumnType.DATE).atLeast(duckDb("BIGINT"))).isFalse();
    assertThat(ours(ColumnType.BIGNUMERIC).atLeast(duckDb("DECIMAL(18,3)"))).isTrue();
    assertThat(ours(ColumnType.FLOAT).atLeast(duckDb("BIGINT"))).isFalse();
  }

  @Test
  void oursIsAtLeastAsSpecificAsDuckDbOnEveryRealCrmColumnAndBetterOnMoneyAndDates() throws Exception {
    Path crm = Path.of(System.getProperty("sahara.projectDir", "")).toAbsolutePath()
        .resolve("../shared/data/crm").normalize();
    assumeTrue(Files.isDirectory(crm), "skipped: the real CRM extract is not at " + crm);
    List<Path> files;
    try (Stream<Path> listing = Files.list(crm)) {
      files = listing.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    assertThat(files).isNotEmpty();

    Set<String> strictlyBetter = new TreeSet<>();
    List<String> table = new ArrayList<>();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Path file : files) {
        List<String> duckTypes = sniff(duck, file);
        List<TypedColumn> ourColumns = CsvScanner.scan(file).typedView().columns();
        assertThat(duckTypes).as("columns of %s", file.getFileName()).hasSameSizeAs(ourColumns);
        for (int i = 0; i < ourColumns.size(); i++) {
          TypedColumn our = ourColumns.get(i);
          Specificity mine = ours(our.type());
          Specificity theirs = duckDb(duckTypes.get(i));
          table.add(String.format(Locale.ROOT, "%-24s %-26s ours %-9s duckdb %s",
              file.getFileName(), our.name(), our.type(), duckTypes.get(i)));
          assertThat(mine.atLeast(theirs))
              .as("%s %s: ours %s, DuckDB %s", file.getFileName(), our.name(), our.type(), duckTypes.get(i))
              .isTrue();
          if (mine.strictlyMoreThan(theirs)) {
            strictlyBetter.add(our.name());
          }
        }
      }
    }
    System.out.println("ours vs DuckDB's sniffer:\n  " + String.join("\n  ", table));
    assertThat(strictlyBetter).containsAll(MUST_BE_STRICTLY_BETTER);
  }

  /** DuckDB's sniffed column types, in column order. */
  private static List<String> sniff(Connection duck, Path file) throws SQLException {
    String literal = "'" + file.toString().replace("'", "''") + "'";
    List<String> types = new ArrayList<>();
    try (Statement statement = duck.createStatement();
        ResultSet rs = statement.executeQuery("DESCRIBE SELECT * FROM read_csv(" + literal + ")")) {
      while (rs.next()) {
        types.add(rs.getString("column_type"));
      }
    }
    return types;
  }
}
