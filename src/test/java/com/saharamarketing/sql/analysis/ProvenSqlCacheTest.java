package com.saharamarketing.sql.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.saharamarketing.schema.Column;
import com.saharamarketing.schema.ColumnMode;
import com.saharamarketing.schema.ColumnType;
import com.saharamarketing.schema.TableSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenSqlCacheTest {
  @TempDir Path folder;

  private static final List<SqlTable> TABLES = List.of(new SqlTable("p.d.users",
      new TableSchema(List.of(new Column("Age", "Age", ColumnType.INTEGER, ColumnMode.NULLABLE)))));

  private static List<SqlStatement> view(String sql) {
    return List.of(new SqlStatement("s/adults", "view adults", sql, SqlStatement.Kind.VIEW, "p.d.adults"));
  }

  @Test
  void remembersACleanAnalysisAndAnswersTheSameInputsWithoutAnalysing() throws Exception {
    ProvenSqlCache cache = new ProvenSqlCache(folder);
    List<SqlStatement> clean = view("SELECT Age FROM `p.d.users` WHERE Age >= 18");
    assertThat(cache.isEmpty()).isTrue();

    assertThat(SqlAnalyzer.analyse(TABLES, clean, cache)).isEmpty();

    assertThat(cache.isEmpty()).isFalse();
    assertThat(cache.isProven(ProvenSqlCache.key(TABLES, clean))).isTrue();
    try (var files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactly(ProvenSqlCache.key(TABLES, clean));
    }
  }

  @Test
  void neverRemembersAFailureSoItIsReportedEveryTime() {
    ProvenSqlCache cache = new ProvenSqlCache(folder);
    List<SqlStatement> typo = view("SELECT Agee FROM `p.d.users`");

    assertThat(SqlAnalyzer.analyse(TABLES, typo, cache)).singleElement()
        .extracting(SqlFinding::reason).asString().contains("Agee");
    assertThat(SqlAnalyzer.analyse(TABLES, typo, cache)).hasSize(1);
    assertThat(cache.isEmpty()).isTrue();
  }

  @Test
  void aHitSkipsTheAnalyser() {
    // A marker planted for failing SQL proves the analyser is not consulted on a hit.
    ProvenSqlCache cache = new ProvenSqlCache(folder);
    List<SqlStatement> typo = view("SELECT Agee FROM `p.d.users`");
    cache.remember(ProvenSqlCache.key(TABLES, typo));

    assertThat(SqlAnalyzer.analyse(TABLES, typo, cache)).isEmpty();
  }

  @Test
  void theKeyChangesWithAnyStatementOrSchemaChange() {
    List<SqlStatement> sql = view("SELECT Age FROM `p.d.users`");
    List<SqlTable> retyped = List.of(new SqlTable("p.d.users",
        new TableSchema(List.of(new Column("Age", "Age", ColumnType.STRING, ColumnMode.NULLABLE)))));

    String key = ProvenSqlCache.key(TABLES, sql);
    assertThat(ProvenSqlCache.key(TABLES, sql)).isEqualTo(key);
    assertThat(ProvenSqlCache.key(retyped, sql)).isNotEqualTo(key);
    assertThat(ProvenSqlCache.key(TABLES, view("SELECT Age AS a FROM `p.d.users`"))).isNotEqualTo(key);
    assertThat(ProvenSqlCache.key(List.of(), sql)).isNotEqualTo(key);
  }

  @Test
  void anUnwritableFolderMeansAnalysingEveryTime() throws Exception {
    Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
    ProvenSqlCache cache = new ProvenSqlCache(file);
    List<SqlStatement> clean = view("SELECT Age FROM `p.d.users`");

    assertThat(SqlAnalyzer.analyse(TABLES, clean, cache)).isEmpty();
    assertThat(cache.isProven(ProvenSqlCache.key(TABLES, clean))).isFalse();
  }
}
