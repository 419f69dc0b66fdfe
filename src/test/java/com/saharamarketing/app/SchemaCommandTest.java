package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code sahara schema FILE} and {@code sahara schema --report FILE}. */
class SchemaCommandTest {
  @TempDir Path dir;
  @RegisterExtension final CommandConsole console = new CommandConsole(() -> dir);
  private final ByteArrayOutputStream err = console.err;
  private final ByteArrayOutputStream out = console.out;

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheRawSchemaJsonAndNothingElse() throws Exception {
    Path file = Files.writeString(dir.resolve("orders.csv"),
        "Order ID,amount,when,note\n1,$1.50,3/7/2024,\n2,$2,12/25/2023,x\n");

    assertThat(Main.run("schema", file.toString())).isZero();

    assertThat(stdout()).isEqualTo("[{\"name\":\"Order_ID\",\"type\":\"INTEGER\",\"mode\":\"REQUIRED\"},"
        + "{\"name\":\"amount\",\"type\":\"STRING\",\"mode\":\"REQUIRED\"},"
        + "{\"name\":\"when\",\"type\":\"STRING\",\"mode\":\"REQUIRED\"},"
        + "{\"name\":\"note\",\"type\":\"STRING\",\"mode\":\"NULLABLE\"}]\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void schemaOfTheDefaultAccountsIsWhatTheTableResourceGets() throws Exception {
    Path accounts = TestProject.dir().resolve("data/crm_account.csv");

    assertThat(Main.run("schema", accounts.toString())).isZero();

    JsonNode fields = TestProject.JSON.readTree(stdout());
    List<String> names = new ArrayList<>();
    fields.forEach(f -> {
      assertThat(f.fieldNames()).toIterable().containsExactly("name", "type", "mode");
      names.add(f.path("name").asText());
    });
    assertThat(names).hasSize(21).startsWith("Account_Number", "Account_Source", "Annual_Revenue")
        .contains("Average_Sales_Cycle");
  }

  @Test
  void reportShowsHeadersNamesRawAndTypedTypesNullsAndExamples() throws Exception {
    Path file = Files.writeString(dir.resolve("orders.csv"),
        "Order ID,amount,when,note\n1,$1.50,3/7/2024,\n2,\"$2,000\",12/25/2023,x\n3,$2,1/1/2024,\n");

    assertThat(Main.run("schema", "--report", file.toString())).isZero();

    List<String> lines = stdout().lines().toList();
    assertThat(lines.get(0)).isEqualTo("orders.csv: 3 rows, 4 columns; the typed view parses 2");
    assertThat(lines.get(2)).matches("header +column +raw type +mode +typed view +nulls +examples");
    assertThat(lines.get(3)).matches("\"Order ID\" +Order_ID +INTEGER +REQUIRED +same +0 +1 \\| 2 \\| 3");
    assertThat(lines.get(4))
        .matches("\"amount\" +amount +STRING +REQUIRED +NUMERIC \\(currency amount\\) +0 +\\$1\\.50 \\| \\$2,000 \\| \\$2");
    assertThat(lines.get(5)).matches("\"when\" +when +STRING +REQUIRED +DATE \\(month/day/year date\\) +0 +3/7/2024 .*");
    assertThat(lines.get(6)).matches("\"note\" +note +STRING +NULLABLE +same +2 +x");
    assertThat(stdout()).contains(
        "  amount: SAFE_CAST(REPLACE(REPLACE(`amount`, '$', ''), ',', '') AS NUMERIC)\n",
        "  when: SAFE.PARSE_DATE('%m/%d/%Y', `when`)\n");
  }

  @Test
  void failsOnABadFileWithExitCode2NamingFileAndLineAndPrintsNothingOnStdout() throws Exception {
    Path file = Files.writeString(dir.resolve("ragged.csv"), "a,b\n1,2\n3\n");

    assertThat(Main.run("schema", file.toString())).isEqualTo(Main.EXIT_BAD_INPUT);

    assertThat(stdout()).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("ragged.csv:3").contains("row has 1 fields").doesNotContain("at com.");
  }

  @Test
  void failsOnAMissingFileWithExitCode2() {
    assertThat(Main.run("schema", dir.resolve("nope.csv").toString())).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(stdout()).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("CSV file " + dir.resolve("nope.csv").toString().replace('\\', '/') + " does not exist; give the path of one CSV file")
        .doesNotContain("data folder setting");
  }

  @Test
  void failsOnAFolderWithOneSentenceNamingItAndExitCode2() throws Exception {
    Files.createDirectories(dir.resolve("data"));
    assertThat(Main.run("schema", dir.resolve("data").toString())).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(stdout()).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("error: CSV file " + dir.resolve("data").toString().replace('\\', '/')
            + " is a folder, not a file; give the path of one CSV file, e.g. sahara schema data/crm_account.csv");
  }

  @Test
  void largeFileProgressPrintsTenthsOnlyAboveTheThreshold() {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(progress, true, StandardCharsets.UTF_8);
    long big = LargeFileProgress.THRESHOLD_BYTES * 4;
    var printer = LargeFileProgress.forFile(Path.of("big.csv"), big, print);
    for (long read = 0; read <= big; read += 1L << 20) {
      printer.bytesRead(read, big);
    }
    printer.bytesRead(big, big);
    List<String> lines = progress.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(10).first().isEqualTo("scanning big.csv: 10% (26 of 256 MiB)");
    assertThat(lines).last().isEqualTo("scanning big.csv: 100% (256 of 256 MiB)");

    LargeFileProgress.forFile(Path.of("small.csv"), LargeFileProgress.THRESHOLD_BYTES, print)
        .bytesRead(LargeFileProgress.THRESHOLD_BYTES, LargeFileProgress.THRESHOLD_BYTES);
    assertThat(progress.toString(StandardCharsets.UTF_8).lines()).hasSize(10);
  }
}
