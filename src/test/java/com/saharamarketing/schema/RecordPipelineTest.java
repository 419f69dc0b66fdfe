package com.saharamarketing.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RecordPipeline}, and {@link CsvScanner} on files of many batches: inference on the second
 * thread sees every record once, in order, with its line; errors keep their lines; no thread is
 * left behind.
 */
class RecordPipelineTest {
  @TempDir Path dir;

  @Test
  void sinkSeesEveryRecordInOrderWithItsLine() throws IOException {
    int rows = RecordPipeline.BATCH_RECORDS * 3 + 17;
    StringBuilder csv = new StringBuilder();
    for (int i = 1; i <= rows; i++) {
      csv.append(i).append(",v").append(i).append('\n');
    }
    List<String> seen = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv.toString()), CSVFormat.RFC4180);
        RecordPipeline pipeline = new RecordPipeline("test pipeline", (record, line) -> {
          seen.add(record.get(0));
          lines.add(line);
        })) {
      long line = 1;
      for (CSVRecord record : parser) {
        pipeline.add(record, line++);
      }
      pipeline.finish();
    }

    assertThat(seen).hasSize(rows);
    for (int i = 0; i < rows; i++) {
      assertThat(seen.get(i)).isEqualTo(Integer.toString(i + 1));
      assertThat(lines.get(i)).isEqualTo(i + 1L);
    }
  }

  @Test
  void whatTheSinkThrowsIsRethrownByFinish() throws IOException {
    IllegalStateException bug = new IllegalStateException("bug in the sink");
    try (CSVParser parser = CSVParser.parse("a\nb\nc\n", CSVFormat.RFC4180);
        RecordPipeline pipeline = new RecordPipeline("test failing sink", (record, line) -> {
          if (record.get(0).equals("b")) {
            throw bug;
          }
        })) {
      for (CSVRecord record : parser) {
        pipeline.add(record, 1);
      }
      assertThatThrownBy(pipeline::finish).isSameAs(bug);
    }
    assertThat(threadsNamed("test failing sink")).isEmpty();
  }

  @Test
  void closeWithoutFinishStopsTheThread() throws IOException {
    try (CSVParser parser = CSVParser.parse("a\nb\n", CSVFormat.RFC4180);
        RecordPipeline pipeline = new RecordPipeline("test abandoned", (record, line) -> {})) {
      pipeline.add(parser.iterator().next(), 1);
    }
    assertThat(threadsNamed("test abandoned")).isEmpty();
  }

  @Test
  void scanOfManyBatchesCountsEveryRowAndFindsLateValuesAtTheirLines() throws IOException {
    int rows = 10_000;
    int late = 9_001; // the data row whose values change the column
    StringBuilder csv = new StringBuilder("id,amount,note,maybe\n");
    long line = 2;
    long lateLine = 0;
    for (int i = 1; i <= rows; i++) {
      if (i == late) {
        lateLine = line;
      }
      csv.append(i).append(',')
          .append(i == late ? "N/A" : "$" + i + ".50").append(',')
          .append(i == 5_000 ? "\"two\nlines\"" : "note " + (i % 7)).append(',')
          .append(i % 3 == 0 ? "" : Integer.toString(i)).append('\n');
      line += i == 5_000 ? 2 : 1;
    }
    Path file = Files.writeString(dir.resolve("many.csv"), csv, StandardCharsets.UTF_8);

    CsvProfile profile = CsvScanner.scan(file);

    assertThat(profile.rowCount()).isEqualTo(rows);
    assertThat(profile.hasQuotedNewlines()).isTrue();
    assertThat(profile.schema().columns()).extracting(Column::type).containsExactly(
        ColumnType.INTEGER, ColumnType.STRING, ColumnType.STRING, ColumnType.INTEGER);
    assertThat(profile.columnStats().get(1).formatMismatch()).isEqualTo("N/A");
    assertThat(profile.columnStats().get(1).formatMismatchLine()).isEqualTo(lateLine);
    assertThat(profile.columnStats().get(3).nullCount()).isEqualTo(rows / 3);
    assertThat(profile.columnStats().get(2).examples()).containsExactly("note 1", "note 2", "note 3");
    assertThat(threadsNamed("scan many.csv")).isEmpty();
  }

  @Test
  void longRowsTravelInSmallerBatchesAndStillAllArrive() throws IOException {
    String longText = "x".repeat((int) (RecordPipeline.BATCH_CHARS / 10));
    StringBuilder csv = new StringBuilder("id,text\n");
    for (int i = 1; i <= 500; i++) {
      csv.append(i).append(',').append(longText).append(i).append('\n');
    }
    Path file = Files.writeString(dir.resolve("long.csv"), csv, StandardCharsets.UTF_8);

    CsvProfile profile = CsvScanner.scan(file);

    assertThat(profile.rowCount()).isEqualTo(500);
    assertThat(profile.schema().columns()).extracting(Column::type)
        .containsExactly(ColumnType.INTEGER, ColumnType.STRING);
  }

  @Test
  void raggedRowFarIntoAFileIsReportedAtItsLineAndNoThreadIsLeft() throws IOException {
    StringBuilder csv = new StringBuilder("a,b\n");
    for (int i = 1; i <= 5_000; i++) {
      csv.append(i).append(',').append(i).append('\n');
    }
    csv.append("1,2,3\n4,5\n");
    Path file = Files.writeString(dir.resolve("ragged.csv"), csv, StandardCharsets.UTF_8);

    CsvFormatException e =
        catchThrowableOfType(CsvFormatException.class, () -> CsvScanner.scan(file));

    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(5_002);
    assertThat(e.getMessage()).contains("ragged.csv:5002:").contains("3 fields");
    assertThat(threadsNamed("scan ragged.csv")).isEmpty();
  }

  private static List<Thread> threadsNamed(String name) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(name) && t.isAlive())
        .toList();
  }
}
