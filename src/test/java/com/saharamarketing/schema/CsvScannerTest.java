package com.saharamarketing.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvScannerTest {
  @TempDir Path dir;

  // ---------------------------------------------------------------- shared field cases

  @Test
  void headerOfAllStringColumnsIsTheHeaderNotData() {
    CsvProfile profile = CsvScanner.scan(fieldCase("csv-header-all-strings"));

    assertThat(profile.schema().columnNames()).containsExactly("name", "city");
    assertThat(profile.schema().columns())
        .extracting(Column::type)
        .containsExactly(ColumnType.STRING, ColumnType.STRING);
    assertThat(profile.rowCount()).isEqualTo(2);
    assertThat(profile.hasQuotedNewlines()).isFalse();
  }

  @Test
  void headersThatAreNotValidColumnNamesGetValidNamesInPosition() {
    CsvProfile profile = CsvScanner.scan(fieldCase("csv-header-names"));

    assertThat(profile.schema().columnNames())
        .containsExactly("Customer_ID", "utm_medium", "_2nd_Purchase", "Total_Spend");
    assertThat(profile.schema().columns())
        .extracting(Column::header)
        .containsExactly("Customer ID", "utm-medium", "2nd Purchase", "Total.Spend");
    assertThat(profile.schema().columns())
        .extracting(Column::type)
        .containsExactly(ColumnType.INTEGER, ColumnType.STRING, ColumnType.STRING, ColumnType.FLOAT);
    assertThat(profile.rowCount()).isEqualTo(1);
  }

  @Test
  void nonIsoAndImpossibleDatesAreStringsInTheRawTable() {
    TableSchema schema = CsvScanner.scan(fieldCase("csv-non-iso-dates")).schema();

    assertThat(schema.columnNames()).containsExactly("order_id", "order_date", "ship");
    assertThat(typeOf(schema, "order_id")).isEqualTo(ColumnType.INTEGER);
    assertThat(typeOf(schema, "order_date")).as("M/D/YYYY is not a raw DATE")
        .isEqualTo(ColumnType.STRING);
    assertThat(typeOf(schema, "ship")).as("2024-02-30 does not exist")
        .isEqualTo(ColumnType.STRING);
  }

  @Test
  void nonIsoDatesAreParsedInTheTypedViewButImpossibleDatesAreNot() {
    TypedView view = CsvScanner.scan(fieldCase("csv-non-iso-dates")).typedView();

    TypedColumn orderDate = view.column("order_date").orElseThrow();
    assertThat(orderDate.type()).isEqualTo(ColumnType.DATE);
    assertThat(orderDate.selectItem())
        .isEqualTo("SAFE.PARSE_DATE('%m/%d/%Y', `order_date`) AS `order_date`");
    assertThat(view.column("ship").orElseThrow().type()).isEqualTo(ColumnType.STRING);
    assertThat(view.column("ship").orElseThrow().isParsed()).isFalse();
    assertThat(view.column("order_id").orElseThrow().selectItem()).isEqualTo("`order_id`");
  }

  @Test
  void lateTypeChangeIsSeenBecauseEveryRowIsScanned() {
    CsvProfile profile = CsvScanner.scan(fieldCase("csv-late-type-change"));

    assertThat(profile.rowCount()).isEqualTo(600);
    assertThat(typeOf(profile.schema(), "zip")).isEqualTo(ColumnType.STRING);
    assertThat(typeOf(profile.schema(), "amount")).isEqualTo(ColumnType.FLOAT);
  }

  @Test
  void lateTypeChangeCaseIsNumericWithoutItsLastRow() throws IOException {
    // Proves the case really depends on its last row: without it both columns are INTEGER.
    List<String> lines = Files.readAllLines(fieldCase("csv-late-type-change"));
    Path withoutLastRow = write("first599.csv", String.join("\n", lines.subList(0, 600)) + "\n");

    TableSchema schema = CsvScanner.scan(withoutLastRow).schema();

    assertThat(typeOf(schema, "zip")).isEqualTo(ColumnType.INTEGER);
    assertThat(typeOf(schema, "amount")).isEqualTo(ColumnType.INTEGER);
  }

  @Test
  void currencyTextLoadsAsStringWithoutLoss() {
    CsvProfile profile = CsvScanner.scan(fieldCase("csv-currency"));

    assertThat(profile.schema().columnNames()).containsExactly("customer", "spend");
    assertThat(typeOf(profile.schema(), "customer")).isEqualTo(ColumnType.STRING);
    assertThat(typeOf(profile.schema(), "spend")).isEqualTo(ColumnType.STRING);
    assertThat(profile.rowCount()).isEqualTo(2);
  }

  @Test
  void currencyIsNumericInTheTypedView() {
    CsvProfile profile = CsvScanner.scan(fieldCase("csv-currency"));

    TypedColumn spend = profile.typedView().column("spend").orElseThrow();
    assertThat(spend.format()).isEqualTo(ValueFormat.MONEY);
    assertThat(spend.type()).isEqualTo(ColumnType.NUMERIC);
    assertThat(spend.expression())
        .isEqualTo("SAFE_CAST(REPLACE(REPLACE(`spend`, '$', ''), ',', '') AS NUMERIC)");
    assertThat(profile.typedView().query("`p.d.t`"))
        .isEqualTo("SELECT\n  `customer`,\n  SAFE_CAST(REPLACE(REPLACE(`spend`, '$', ''), ',', '')"
            + " AS NUMERIC) AS `spend`\nFROM `p.d.t`");
    // What that expression makes of the case's cells (REPLACE '$', REPLACE ',', CAST AS NUMERIC):
    // the values the cases README expects, exactly.
    List<String> cells = profile.columnStats().get(1).examples();
    assertThat(cells.stream().map(v -> new java.math.BigDecimal(v.replace("$", "").replace(",", ""))))
        .containsExactly(new java.math.BigDecimal("1234.50"), new java.math.BigDecimal("99"));
  }

  @Test
  void statsCountNullsAndKeepAFewDistinctExamples() throws IOException {
    Path file = write("stats.csv", "a,b\nx,\nx,1\ny,\nz,2\nw,3\n");

    CsvProfile profile = CsvScanner.scan(file);

    assertThat(profile.columnStats().get(0)).isEqualTo(new ColumnStats(0, List.of("x", "y", "z")));
    assertThat(profile.columnStats().get(1)).isEqualTo(new ColumnStats(2, List.of("1", "2", "3")));
  }

  @Test
  void progressIsReportedInBytesEndingWithTheFileSize() throws IOException {
    Path file = write("progress.csv", "a\n" + "1\n".repeat(10_000_000));
    List<Long> reports = new java.util.ArrayList<>();
    long size = Files.size(file);

    CsvScanner.scan(file, (read, total) -> {
      assertThat(total).isEqualTo(size);
      reports.add(read);
    });

    assertThat(reports).isSorted().last().isEqualTo(size);
    assertThat(reports).hasSize((int) (size / ScanProgress.REPORT_EVERY_BYTES) + 1);
  }

  @Test
  void quotedNewlineKeepsTheRecordWholeAndIsReported() {
    CsvProfile profile = CsvScanner.scan(fieldCase("csv-quoted-newline"));

    assertThat(profile.rowCount()).isEqualTo(2);
    assertThat(profile.hasQuotedNewlines()).isTrue();
    assertThat(profile.schema().columnNames()).containsExactly("id", "comment");
    assertThat(typeOf(profile.schema(), "id")).isEqualTo(ColumnType.INTEGER);
  }

  @Test
  void fileWithoutQuotedNewlinesReportsNone() throws IOException {
    Path file = write("plain.csv", "id,comment\n1,\"quoted, but one line\"\n");

    assertThat(CsvScanner.scan(file).hasQuotedNewlines()).isFalse();
  }

  @Test
  void quotedCarriageReturnCountsAsQuotedNewline() throws IOException {
    Path file = write("cr.csv", "id,comment\r\n1,\"a\r\nb\"\r\n");

    CsvProfile profile = CsvScanner.scan(file);

    assertThat(profile.rowCount()).isEqualTo(1);
    assertThat(profile.hasQuotedNewlines()).isTrue();
  }

  @Test
  void byteOrderMarkIsRemovedFromTheFirstHeader() {
    CsvProfile profile = CsvScanner.scan(fieldCase("csv-bom"));

    Column first = profile.schema().columns().get(0);
    assertThat(first.header()).isEqualTo("id");
    assertThat(first.name()).isEqualTo("id");
    assertThat(first.type()).isEqualTo(ColumnType.INTEGER);
    assertThat(profile.schema().columnNames()).containsExactly("id", "amount");
  }

  // ---------------------------------------------------------------- parsing

  @Test
  void crlfLineEndingsParseTheSameAsLf() throws IOException {
    String lf = "id,name,when\n1,\"Smith, Ann\",2024-01-15\n2,,2024-01-16\n";
    CsvProfile unix = CsvScanner.scan(write("lf.csv", lf));
    CsvProfile windows = CsvScanner.scan(write("crlf.csv", lf.replace("\n", "\r\n")));

    assertThat(windows.schema()).isEqualTo(unix.schema());
    assertThat(windows.rowCount()).isEqualTo(unix.rowCount()).isEqualTo(2);
    assertThat(windows.hasQuotedNewlines()).isFalse();
    assertThat(windows.schema().toBigQueryJson())
        .isEqualTo(
            "[{\"name\":\"id\",\"type\":\"INTEGER\",\"mode\":\"REQUIRED\"},"
                + "{\"name\":\"name\",\"type\":\"STRING\",\"mode\":\"NULLABLE\"},"
                + "{\"name\":\"when\",\"type\":\"DATE\",\"mode\":\"REQUIRED\"}]");
  }

  @Test
  void quotedCommaStaysInOneField() throws IOException {
    Path file = write("comma.csv", "city,amount\n\"Paris, France\",1\n\"Rome, Italy\",2\n");

    CsvProfile profile = CsvScanner.scan(file);

    assertThat(profile.schema().columnNames()).containsExactly("city", "amount");
    assertThat(profile.rowCount()).isEqualTo(2);
    assertThat(typeOf(profile.schema(), "amount")).isEqualTo(ColumnType.INTEGER);
  }

  @Test
  void doubledQuotesInsideAQuotedFieldAreOneField() throws IOException {
    Path file = write("quotes.csv", "note,n\n\"she said \"\"hi, there\"\"\",1\n");

    CsvProfile profile = CsvScanner.scan(file);

    assertThat(profile.rowCount()).isEqualTo(1);
    assertThat(typeOf(profile.schema(), "n")).isEqualTo(ColumnType.INTEGER);
  }

  @Test
  void headerOnlyFileHasNoRowsAndNullableStringColumns() throws IOException {
    Path file = write("header.csv", "a,b\n");

    CsvProfile profile = CsvScanner.scan(file);

    assertThat(profile.rowCount()).isZero();
    assertThat(profile.schema().columns())
        .containsExactly(
            new Column("a", "a", ColumnType.STRING, ColumnMode.NULLABLE),
            new Column("b", "b", ColumnType.STRING, ColumnMode.NULLABLE));
  }

  @Test
  void headerOnlyFileWithoutFinalNewlineHasNoRows() throws IOException {
    assertThat(CsvScanner.scan(write("header.csv", "a,b")).rowCount()).isZero();
  }

  @Test
  void lastRowWithoutFinalNewlineIsCounted() throws IOException {
    assertThat(CsvScanner.scan(write("nonl.csv", "a,b\n1,2\n3,4")).rowCount()).isEqualTo(2);
  }

  @Test
  void emptyCellsMakeAColumnNullable() throws IOException {
    Path file = write("nulls.csv", "a,b\n1,x\n,y\n3,z\n");

    TableSchema schema = CsvScanner.scan(file).schema();

    assertThat(schema.column("a")).get()
        .isEqualTo(new Column("a", "a", ColumnType.INTEGER, ColumnMode.NULLABLE));
    assertThat(schema.column("b")).get()
        .isEqualTo(new Column("b", "b", ColumnType.STRING, ColumnMode.REQUIRED));
  }

  @Test
  void profileRecordsFileSizeAndSha256OfTheBytes() throws IOException {
    Path file = write("hash.csv", "a,b\n1,2\n");

    CsvProfile profile = CsvScanner.scan(file);

    assertThat(profile.file()).isEqualTo(file);
    assertThat(profile.fileName()).isEqualTo("hash.csv");
    assertThat(profile.sizeBytes()).isEqualTo(8);
    assertThat(profile.sha256())
        .isEqualTo("492d5ea496056f1a6a6592241032fab764c321596317930b4fa0e1e8bc3b7470");
  }

  @Test
  void sha256ChangesExactlyWhenTheContentChanges() throws IOException {
    String first = CsvScanner.scan(write("one.csv", "a,b\n1,2\n")).sha256();
    String same = CsvScanner.scan(write("two.csv", "a,b\n1,2\n")).sha256();
    String crlf = CsvScanner.scan(write("three.csv", "a,b\r\n1,2\r\n")).sha256();

    assertThat(same).isEqualTo(first);
    assertThat(crlf)
        .isNotEqualTo(first)
        .isEqualTo("ea14f99c47575613ab22111122c847728c61007f6bfd7b062d02fcb99df3feb0");
  }

  @Test
  void headerNamesAreMadeValidAndUnique() throws IOException {
    Path file = write("names.csv", "Account Number,account number,,1st\n1,2,3,4\n");

    assertThat(CsvScanner.scan(file).schema().columnNames())
        .containsExactly("Account_Number", "account_number_2", "column_3", "_1st");
  }

  // ---------------------------------------------------------------- errors

  @Test
  void failsOnEmptyFileNamingFileAndLine1() throws IOException {
    Path file = write("empty.csv", "");

    CsvFormatException e = scanFails(file);

    assertThat(e.line()).isEqualTo(1);
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.getMessage())
        .startsWith(file + ":1: ")
        .contains("empty.csv")
        .contains("empty")
        .contains("Fix:");
  }

  @Test
  void failsOnBlankFirstLine() throws IOException {
    Path file = write("blankfirst.csv", "\na,b\n1,2\n");

    CsvFormatException e = scanFails(file);

    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage()).contains("blankfirst.csv:1:").contains("Fix:");
  }

  @Test
  void failsOnRaggedRowWithTooManyFieldsNamingFileAndLine() throws IOException {
    Path file = write("many.csv", "a,b\n1,2\n3,4\n5,6,7\n8,9\n");

    CsvFormatException e = scanFails(file);

    assertThat(e.line()).isEqualTo(4);
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.getMessage())
        .contains("many.csv:4:")
        .contains("3 fields")
        .contains("header has 2")
        .contains("Fix:");
  }

  @Test
  void failsOnRaggedRowWithTooFewFieldsNamingFileAndLine() throws IOException {
    Path file = write("few.csv", "a,b,c\n1,2,3\n4,5\n");

    CsvFormatException e = scanFails(file);

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage())
        .contains("few.csv:3:")
        .contains("2 fields")
        .contains("header has 3")
        .contains("Fix:");
  }

  @Test
  void failsOnRaggedFirstDataRowAtLine2() throws IOException {
    Path file = write("first.csv", "a,b\n1\n");

    CsvFormatException e = scanFails(file);

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("first.csv:2:").contains("Fix:");
  }

  @Test
  void failsOnRaggedRowWithCrlfLineEndingsAtTheSameLine() throws IOException {
    Path file = write("crlf.csv", "a,b\r\n1,2\r\n3,4\r\n5,6,7\r\n");

    assertThat(scanFails(file).line()).isEqualTo(4);
  }

  @Test
  void failsOnRaggedRowAfterAQuotedNewlineCountingPhysicalLines() throws IOException {
    Path file = write("physical.csv", "a,b\n1,\"x\ny\"\n2,3,4\n");

    CsvFormatException e = scanFails(file);

    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("physical.csv:4:");
  }

  @Test
  void failsOnBlankLineInTheMiddleNamingFileAndLine() throws IOException {
    Path file = write("blank.csv", "a,b\n1,2\n\n3,4\n");

    CsvFormatException e = scanFails(file);

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage())
        .contains("blank.csv:3:")
        .contains("blank line")
        .contains("Fix:");
  }

  @Test
  void failsOnUnterminatedQuoteNamingFileAndGivingAFix() throws IOException {
    Path file = write("quote.csv", "a,b\n1,2\n3,\"abc\n4,5\n6,7\n");

    CsvFormatException e = scanFails(file);

    assertThat(e.file()).isEqualTo(file);
    assertThat(e.line()).isPositive();
    assertThat(e.getMessage())
        .contains("quote.csv:" + e.line() + ":")
        .contains("unterminated quote")
        .contains("Fix:");
  }

  @Test
  void failsOnUnterminatedQuoteAtTheLineWhereTheQuoteOpens() throws IOException {
    Path file = write("quote.csv", "a,b\n1,2\n3,\"abc\n4,5\n6,7\n");

    CsvFormatException e = scanFails(file);

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("quote.csv:3:");
  }

  @Test
  void failsOnUnterminatedQuoteOnTheLastLineAtThatLine() throws IOException {
    Path file = write("quote.csv", "a,b\n1,2\n3,\"abc");

    assertThat(scanFails(file).line()).isEqualTo(3);
  }

  @Test
  void failsOnTextAfterAClosingQuoteNamingFileAndGivingAFix() throws IOException {
    Path file = write("after.csv", "a,b\n1,2\n3,\"ab\"c\n");

    CsvFormatException e = scanFails(file);

    assertThat(e.file()).isEqualTo(file);
    assertThat(e.getMessage())
        .contains("after.csv:" + e.line() + ":")
        .contains("malformed CSV")
        .contains("Fix:");
  }

  @Test
  void failsOnTextAfterAClosingQuoteAtItsLine() throws IOException {
    Path file = write("after.csv", "a,b\n1,2\n3,\"ab\"c\n");

    assertThat(scanFails(file).line()).isEqualTo(3);
  }

  @Test
  void failsOnInvalidUtf8NamingFileAndGivingAFix() throws IOException {
    Path file = writeWithInvalidUtf8InLine4("latin.csv");

    CsvFormatException e = scanFails(file);

    assertThat(e.file()).isEqualTo(file);
    assertThat(e.line()).isPositive();
    assertThat(e.getMessage())
        .contains("latin.csv:" + e.line() + ":")
        .contains("UTF-8")
        .contains("Fix:");
  }

  @Test
  void failsOnInvalidUtf8AtTheLineHoldingTheBadBytes() throws IOException {
    Path file = writeWithInvalidUtf8InLine4("latin.csv");

    CsvFormatException e = scanFails(file);

    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("latin.csv:4:");
  }

  @Test
  void failsOnInvalidUtf8FarIntoABigFileAtTheLineHoldingTheBadBytes() throws IOException {
    StringBuilder csv = new StringBuilder("id,name\n");
    for (int i = 1; i <= 100_000; i++) {
      csv.append(i).append(",name ").append(i).append('\n');
    }
    csv.append("100001,XX\n100002,ok\n");
    byte[] bytes = csv.toString().getBytes(StandardCharsets.US_ASCII);
    int x = csv.indexOf("XX");
    bytes[x] = (byte) 0xC3; // a lead byte followed by a byte that cannot continue it
    bytes[x + 1] = (byte) 0x28;
    Path file = Files.write(dir.resolve("big.csv"), bytes);

    CsvFormatException e = scanFails(file);

    assertThat(e.line()).isEqualTo(100_002);
    assertThat(e.getMessage()).contains("big.csv:100002:").contains("UTF-8").contains("Fix:");
  }

  @Test
  void validMultiByteUtf8IsAccepted() throws IOException {
    Path file = write("utf8.csv", "name,city\nJos\u00e9,Z\u00fcrich\n\u5f20\u4e09,\u5317\u4eac\n");

    assertThat(CsvScanner.scan(file).rowCount()).isEqualTo(2);
  }

  @Test
  void failsOnMissingFileNamingTheFile() {
    Path file = dir.resolve("missing.csv");

    CsvFormatException e = scanFails(file);

    assertThat(e.file()).isEqualTo(file);
    assertThat(e.line()).isZero();
    assertThat(e.getMessage())
        .isEqualTo(file + ": file not found. Fix: check the data folder setting");
  }

  @Test
  void failsWithCsvFormatExceptionNotAParserStackTrace() throws IOException {
    Path file = write("ragged.csv", "a,b\n1,2,3\n");

    assertThatThrownBy(() -> CsvScanner.scan(file))
        .isExactlyInstanceOf(CsvFormatException.class)
        .hasNoCause();
  }

  // ---------------------------------------------------------------- helpers

  private static Path fieldCase(String name) {
    URL url = CsvScannerTest.class.getResource("/cases/" + name + "/input.csv");
    assertThat(url).as("test resource cases/%s/input.csv", name).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ColumnType typeOf(TableSchema schema, String column) {
    return schema.column(column).orElseThrow(() -> new AssertionError("no column " + column))
        .type();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path writeWithInvalidUtf8InLine4(String name) throws IOException {
    byte[] bytes = "a,b\n1,2\n3,4\n5,XX\n6,7\n".getBytes(StandardCharsets.US_ASCII);
    int x = "a,b\n1,2\n3,4\n5,".length();
    bytes[x] = (byte) 0xFF;
    bytes[x + 1] = (byte) 0xFE;
    return Files.write(dir.resolve(name), bytes);
  }

  private static CsvFormatException scanFails(Path file) {
    CsvFormatException e = catchThrowableOfType(CsvFormatException.class, () -> CsvScanner.scan(file));
    assertThat(e).as("CsvFormatException for %s", file).isNotNull();
    return e;
  }

}
