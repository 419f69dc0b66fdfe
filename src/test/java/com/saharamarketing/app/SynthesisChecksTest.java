package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import com.saharamarketing.constructs.BigQueryView;
import com.saharamarketing.constructs.BigQueryViewConfig;
import com.saharamarketing.constructs.SqlAnalysis;
import com.saharamarketing.schema.CsvScanner;
import com.saharamarketing.sql.analysis.SqlFinding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What synthesis proves before writing: the SQL analyses and the data can train the models. */
class SynthesisChecksTest {
  @TempDir Path dir;

  private Path out() {
    return dir.resolve("out");
  }

  @Test
  void failsOnASingleClassRepeatBuyerLabelBeforeWriting() throws Exception {
    Path data = TestProject.copyOfData(dir.resolve("data"));
    rewriteColumn(data.resolve("crm_account.csv"), "Num Opportunities Won", v -> "5");

    assertThatThrownBy(() -> TestProject.synthesize(TestProject.withDataDir(data), out()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("crm_account.csv").hasMessageContaining("Num_Opportunities_Won > 1")
        .hasMessageContaining("single class").hasMessageContaining(" repeat buyers, 0 other accounts");
    assertThat(out()).doesNotExist();
  }

  @Test
  void countsBothLabelClassesOfTheDefaultData() {
    RepeatBuyerLabels labels = TrainingCounts.of(
        CrmData.load(TestProject.withDataDir(TestProject.dir().resolve("data")))).repeatBuyerLabels();
    assertThat(labels.repeatBuyers()).isPositive();
    assertThat(labels.others()).isPositive();
    assertThat(labels.repeatBuyers() + labels.others() + labels.unlabelled())
        .isEqualTo(CsvScanner.scan(TestProject.dir().resolve("data/crm_account.csv")).rowCount());
  }

  @Test
  void aTextValueInAColumnTheModelsReadAsANumberStopsTheCommandNamingFileAndLine() throws Exception {
    Path project = dir.resolve("project");
    Path data = TestProject.copyOfData(project.resolve("data"));
    // One "n/a" after numbers would make the column STRING and `Num_Opportunities_Won > 1` fail
    // in BigQuery; the typed-view check names the cell before SQL analysis gets to it.
    int[] row = {0};
    rewriteColumn(data.resolve("crm_account.csv"), "Num Opportunities Won",
        v -> ++row[0] == 5 ? "n/a" : v);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    PrintStream originalOut = System.out;
    String originalProjectDir = System.getProperty("sahara.projectDir");
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      System.setProperty("sahara.projectDir", project.toString());
      code = Main.run();
    } finally {
      System.setErr(originalErr);
      System.setOut(originalOut);
      System.setProperty("sahara.projectDir", originalProjectDir);
    }

    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(Main.EXIT_BAD_INPUT);
    // Line 6: the header is line 1 and the fifth data row holds the "n/a".
    assertThat(message)
        .contains("crm_account.csv:6: column 'Num Opportunities Won' holds 'n/a'")
        .doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(project.resolve("cdktf.out")).doesNotExist();
  }

  @Test
  void sqlThatDoesNotAnalyseStopsSynthesisAndLeavesThePreviousOutputUntouched() throws Exception {
    SaharaSettings settings = TestProject.withDataDir(TestProject.dir().resolve("data"));
    Path outdir = out();
    TestProject.synthesize(settings, outdir);
    String before = treeDigest(outdir);

    assertThatThrownBy(() -> SaharaSynthesizer.synthesize(settings, outdir, app -> {
      MarketingStack stack = (MarketingStack) app.getNode().findChild(MarketingStack.NAME);
      BigQueryView users = stack.getTables().get(CrmData.USERS).getTypedView();
      new BigQueryView(stack, "adults", BigQueryViewConfig.builder(users.getDataset(), "adults",
          "SELECT Agee FROM " + users.getSqlReference()).sources(List.of(users)).build());
    }))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("sahara-marketing/adults: view adults at line 1, column 8: "
            + "Unrecognized name: Agee; Did you mean Age?")
        .hasMessageNotContaining("\tat ");
    assertThat(treeDigest(outdir)).isEqualTo(before);
  }

  private static String treeDigest(Path root) throws IOException {
    StringBuilder digest = new StringBuilder();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted().toList()) {
        digest.append(root.relativize(file)).append('\n');
        if (Files.isRegularFile(file)) {
          digest.append(java.util.Arrays.hashCode(Files.readAllBytes(file))).append('\n');
        }
      }
    }
    return digest.toString();
  }

  @Test
  void zetaSqlItselfCatchesAColumnTheTrainingViewReads() throws Exception {
    Path data = TestProject.copyOfData(dir.resolve("data"));
    dropColumn(data.resolve("crm_user.csv"), "Age");
    SaharaSettings settings = TestProject.withDataDir(data);
    // Scanned without CrmData.check, whose required-columns list would stop first.
    Map<String, com.saharamarketing.schema.CsvProfile> tables = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(data)) {
      files.sorted().forEach(f -> tables.put(settings.tableIdFor(f.getFileName().toString()), CsvScanner.scan(f)));
    }
    App app = new App(AppConfig.builder().outdir(out().toString()).stackTraces(false).build());
    MarketingStack stack = new MarketingStack(app, settings, new CrmData(data, tables));

    List<SqlFinding> findings = SqlAnalysis.of(stack).findings();

    assertThat(findings.get(0).origin()).isEqualTo("sahara-marketing/segmentation-training");
    assertThat(findings.get(0).reason()).isEqualTo("Name Age not found inside users");
    assertThat(findings.get(0).line()).isEqualTo(12);
    // The models and the elbow view read the view that failed: skipped, not reported again.
    assertThat(findings).singleElement();
  }

  @Test
  void realExtractWithoutTheAgeColumnFailsNamingAge() throws Exception {
    Path data = copyOfRealExtract();
    dropColumn(data.resolve("crm_user.csv"), "Age");

    assertThatThrownBy(() -> TestProject.synthesize(TestProject.withDataDir(data), out()))
        .hasMessageContaining("crm_user.csv").hasMessageContaining("'Age'");
    assertThat(out()).doesNotExist();
  }

  @Test
  void realExtractWithARenamedOpportunitiesColumnFailsNamingIt() throws Exception {
    Path data = copyOfRealExtract();
    Path accounts = data.resolve("crm_account.csv");
    String text = Files.readString(accounts, StandardCharsets.UTF_8);
    Files.writeString(accounts, text.replaceFirst("Num Opportunities Won", "Opportunities Won"), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> TestProject.synthesize(TestProject.withDataDir(data), out()))
        .hasMessageContaining("crm_account.csv").hasMessageContaining("Num_Opportunities_Won");
    assertThat(out()).doesNotExist();
  }

  private Path copyOfRealExtract() throws IOException {
    Path crm = TestProject.sharedCrm();
    assumeTrue(Files.isDirectory(crm), "skipped: the real CRM extract is not at " + crm);
    Path copy = Files.createDirectories(dir.resolve("crm"));
    try (Stream<Path> files = Files.list(crm)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    return copy;
  }

  private static void dropColumn(Path csv, String header) throws IOException {
    transform(csv, header, null);
  }

  private static void rewriteColumn(Path csv, String header, UnaryOperator<String> value) throws IOException {
    transform(csv, header, value);
  }

  /** Rewrites one column of every data row, or drops it when value is null. */
  private static void transform(Path csv, String header, UnaryOperator<String> value) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    int index;
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
      List<CSVRecord> records = parser.getRecords();
      index = records.get(0).toList().indexOf(header);
      assertThat(index).as("column " + header + " in " + csv.getFileName()).isNotNegative();
      for (int r = 0; r < records.size(); r++) {
        List<String> row = new ArrayList<>(records.get(r).toList());
        if (value == null) {
          row.remove(index);
        } else if (r > 0) {
          row.set(index, value.apply(row.get(index)));
        }
        rows.add(row);
      }
    }
    try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
      printer.printRecords(rows);
    }
  }
}
