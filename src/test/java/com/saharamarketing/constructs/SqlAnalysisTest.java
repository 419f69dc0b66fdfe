package com.saharamarketing.constructs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.google.provider.GoogleProvider;
import com.saharamarketing.schema.CsvScanner;
import com.saharamarketing.sql.analysis.SqlFinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQL analysis of a user-built stack, through {@code app.synth()} as an app runs it. */
class SqlAnalysisTest {
  @TempDir Path dir;
  private App app;
  private Path outdir;
  private TerraformStack stack;
  private AnalyticsDataset dataset;
  private UploadBucket uploads;

  @BeforeEach
  void newStack() {
    outdir = dir.resolve("out");
    app = new App(AppConfig.builder().outdir(outdir.toString()).stackTraces(false).build());
    stack = new TerraformStack(app, "churn");
    GoogleProvider.Builder.create(stack, "google").project("my-project").build();
    dataset = new AnalyticsDataset(stack, "dataset",
        AnalyticsDatasetConfig.builder("my-project", "churn", "europe-west2").build());
    uploads = new UploadBucket(stack, "uploads",
        UploadBucketConfig.builder("my-project", "my-project-churn-uploads", "europe-west2").build());
  }

  private CsvTable table(String name, String csv) throws Exception {
    Path file = dir.resolve(name + ".csv");
    Files.writeString(file, csv);
    return new CsvTable(stack, name,
        CsvTableConfig.builder(dataset, uploads, CsvScanner.scan(file), name).build());
  }

  private BigQueryView view(String id, String sql, BigQueryRelation... sources) {
    return new BigQueryView(stack, id,
        BigQueryViewConfig.builder(dataset, id, sql).sources(List.of(sources)).build());
  }

  @Test
  void aStackWhoseSqlAnalysesSynthesizes() throws Exception {
    CsvTable customers = table("customers", "order,hash,Age\n1,a,30\n2,b,40\n3,c,50\n");
    BigQueryView adults = view("adults", "SELECT `order`, `hash`, Age FROM " + customers.getSqlReference()
        + " WHERE Age >= 18", customers);
    new KMeansElbowSweep(stack, "segments", KMeansElbowSweepConfig
        .builder(dataset, adults, List.of("order", "hash", "Age")).kMin(2).kMax(3).build());

    app.synth();

    assertThat(SqlAnalysis.of(stack).findings()).isEmpty();
    // The typed view, adults, two k-means models and the elbow view.
    assertThat(SqlAnalysis.of(stack).statementCount()).isEqualTo(5);
    assertThat(outdir.resolve("stacks/churn/cdk.tf.json")).exists();
  }

  @Test
  void failsSynthesisOnAnUnknownColumnNamingPathPurposePositionAndSuggestion() throws Exception {
    CsvTable customers = table("customers", "id,Age\n1,30\n");
    view("adults", "SELECT id,\n  Agee\nFROM " + customers.getSqlReference(), customers);

    assertThatThrownBy(app::synth).hasMessageContaining(
        "churn/adults: view adults at line 2, column 3: Unrecognized name: Agee; Did you mean Age?");
    assertThat(outdir.resolve("stacks/churn")).doesNotExist();
  }

  @Test
  void failsOnAnUnknownTable() throws Exception {
    table("customers", "id,Age\n1,30\n");
    view("adults", "SELECT id FROM `my-project.churn.customer`");

    assertThat(SqlAnalysis.of(stack).findings()).singleElement()
        .extracting(SqlFinding::reason).asString().startsWith("Table not found: `my-project.churn.customer`");
  }

  @Test
  void failsOnATypeMismatchInAView() throws Exception {
    CsvTable customers = table("customers", "id,name\n1,ann\n");
    view("bad", "SELECT id FROM " + customers.getSqlReference() + " WHERE name > 3", customers);

    assertThat(SqlAnalysis.of(stack).findings()).singleElement().satisfies(f -> {
      assertThat(f.purpose()).isEqualTo("view bad");
      assertThat(f.reason()).contains("No matching signature for operator >");
    });
  }

  @Test
  void catchesAModelFeatureThatTheTrainingViewLacks() throws Exception {
    CsvTable customers = table("customers", "id,tenure_months\n1,3\n2,4\n");
    new KMeansElbowSweep(stack, "segments", KMeansElbowSweepConfig
        .builder(dataset, customers, List.of("tenure_months", "monthly_spend")).kMin(2).kMax(2).build());

    List<SqlFinding> findings = SqlAnalysis.of(stack).findings();

    // The elbow view reads the model that failed: skipped, not reported twice.
    assertThat(findings).extracting(SqlFinding::purpose)
        .containsExactly("k-means model customer_segments_k2 (k = 2)");
    assertThat(findings.get(0).origin()).isEqualTo("churn/segments");
    assertThat(findings.get(0).reason()).startsWith("Unrecognized name: monthly_spend");
  }

  @Test
  void viewsCanReadViewsDeclaredLater() throws Exception {
    CsvTable customers = table("customers", "id,Age\n1,30\n");
    // A view built from another view's reference; both orders analyse.
    view("older", "SELECT id FROM `my-project.churn.adults` WHERE Age > 60");
    view("adults", "SELECT id, Age FROM " + customers.getSqlReference(), customers);

    assertThat(SqlAnalysis.of(stack).findings()).isEmpty();
  }

  @Test
  void oneAnalysisPerStack() throws Exception {
    table("a", "id\n1\n");
    table("b", "id\n1\n");
    try (Stream<software.constructs.IConstruct> all = stack.getNode().findAll().stream()) {
      assertThat(all.filter(c -> c instanceof SqlAnalysis)).hasSize(1);
    }
  }
}
