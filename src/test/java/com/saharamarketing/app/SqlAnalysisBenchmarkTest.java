package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import com.saharamarketing.constructs.AnalysableSql;
import com.saharamarketing.sql.analysis.SqlAnalyzer;
import com.saharamarketing.sql.analysis.SqlStatement;
import com.saharamarketing.sql.analysis.SqlTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how long the SQL analysis takes next to a whole synthesis, for the default data and the
 * real extract. A printed benchmark: it asserts only that the analysis found nothing.
 */
class SqlAnalysisBenchmarkTest {
  @TempDir Path dir;

  @Test
  void printsAnalysisAndSynthesisTimes() {
    long start = System.nanoTime();
    assertThat(SqlAnalyzer.analyse(List.of(),
        List.of(new SqlStatement("bench", "warm-up", "SELECT 1", SqlStatement.Kind.QUERY, "")))).isEmpty();
    print("first analysis in this JVM (starts ZetaSQL's JNI service unless an earlier test did)", start);

    measure("data/", TestProject.dir().resolve("data"));
    Path crm = TestProject.sharedCrm();
    if (Files.isDirectory(crm)) {
      measure("real extract", crm);
    }
  }

  private void measure(String name, Path dataDir) {
    SaharaSettings settings = TestProject.withDataDir(dataDir);
    long start = System.nanoTime();
    TestProject.synthesize(settings, dir.resolve(name.replaceAll("\\W", "") + "-out"));
    print(name + ": whole synthesis, SQL analysis included", start);

    App app = new App(AppConfig.builder().outdir(dir.resolve("scratch").toString()).stackTraces(false).build());
    MarketingStack stack = new MarketingStack(app, settings, CrmData.load(settings));
    List<SqlTable> tables = new ArrayList<>();
    List<SqlStatement> statements = new ArrayList<>();
    stack.getNode().findAll().forEach(c -> {
      if (c instanceof AnalysableSql sql) {
        tables.addAll(sql.getSqlTables());
        statements.addAll(sql.getSqlStatements());
      }
    });
    for (int run = 1; run <= 3; run++) {
      start = System.nanoTime();
      assertThat(SqlAnalyzer.analyse(tables, statements)).isEmpty();
      print(name + ": SQL analysis of " + statements.size() + " statements over " + tables.size()
          + " tables, run " + run, start);
    }
  }

  private static void print(String what, long startNanos) {
    System.out.printf(Locale.ROOT, "benchmark: %-100s %6d ms%n", what, (System.nanoTime() - startNanos) / 1_000_000);
  }
}
