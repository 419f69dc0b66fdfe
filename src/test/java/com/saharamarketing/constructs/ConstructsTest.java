package com.saharamarketing.constructs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.TerraformStack;
import com.saharamarketing.schema.CsvScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reusable constructs on their own, outside the Sahara app. */
class ConstructsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private TerraformStack stack;
  private AnalyticsDataset dataset;
  private UploadBucket uploads;

  @BeforeEach
  void newStack() {
    App app = Testing.app();
    stack = new TerraformStack(app, "test");
    dataset = new AnalyticsDataset(stack, "dataset",
        AnalyticsDatasetConfig.builder("my-project", "churn", "europe-west2").build());
    uploads = new UploadBucket(stack, "uploads",
        UploadBucketConfig.builder("my-project", "my-project-churn-uploads", "europe-west2").build());
  }

  private JsonNode synth() throws Exception {
    return JSON.readTree(Testing.synth(stack));
  }

  private static List<JsonNode> resources(JsonNode json, String type) {
    List<JsonNode> out = new ArrayList<>();
    json.path("resource").path(type).forEach(out::add);
    return out;
  }

  private CsvTable table(String name, String csv) throws Exception {
    Path file = dir.resolve(name + ".csv");
    Files.writeString(file, csv);
    return new CsvTable(stack, name,
        CsvTableConfig.builder(dataset, uploads, CsvScanner.scan(file), name).build());
  }

  @Test
  void readmeExampleBuildsASweepOverALoadedTable() throws Exception {
    CsvTable customers = table("customers", "tenure_months,monthly_spend\n3,10.5\n14,99\n");
    KMeansElbowSweep sweep = new KMeansElbowSweep(stack, "segments", KMeansElbowSweepConfig
        .builder(dataset, customers.getTypedView(), List.of("tenure_months", "monthly_spend")).kMin(2).kMax(6).build());

    JsonNode json = synth();
    assertThat(sweep.getModelJobs()).containsOnlyKeys(2, 3, 4, 5, 6);
    assertThat(resources(json, "google_bigquery_job")).hasSize(1 + 5);
    String schema = resources(json, "google_bigquery_table").stream()
        .filter(t -> t.path("table_id").asText().equals("customers")).findFirst().orElseThrow()
        .path("schema").asText();
    assertThat(schema).isEqualTo("[{\"name\":\"tenure_months\",\"type\":\"INTEGER\",\"mode\":\"REQUIRED\"},"
        + "{\"name\":\"monthly_spend\",\"type\":\"FLOAT\",\"mode\":\"REQUIRED\"}]");
    assertThat(sweep.getModelReferences().get(2)).isEqualTo("`my-project.churn.customer_segments_k2`");
  }

  @Test
  void csvTableCreatesATypedViewThatParsesTextFormatsAndWaitsForTheLoad() throws Exception {
    CsvTable orders = table("orders", "id,amount,day\n1,\"$1,200.50\",3/7/2024\n2,$99,12/25/2023\n");

    JsonNode view = resources(synth(), "google_bigquery_table").stream()
        .filter(t -> t.path("table_id").asText().equals("orders_typed")).findFirst().orElseThrow();
    assertThat(orders.getTypedView().getTableId()).isEqualTo("orders_typed");
    assertThat(view.path("view").path("query").asText()).isEqualTo("SELECT\n"
        + "  `id`,\n"
        + "  SAFE_CAST(REPLACE(REPLACE(`amount`, '$', ''), ',', '') AS NUMERIC) AS `amount`,\n"
        + "  SAFE.PARSE_DATE('%m/%d/%Y', `day`) AS `day`\n"
        + "FROM `my-project.churn.orders`");
    assertThat(view.path("view").path("use_legacy_sql").asBoolean(true)).isFalse();
    assertThat(view.path("deletion_protection").asBoolean(true)).isFalse();
    List<String> dependsOn = new ArrayList<>();
    view.path("depends_on").forEach(d -> dependsOn.add(d.asText()));
    assertThat(dependsOn).anyMatch(d -> d.startsWith("google_bigquery_job.orders_load"))
        .anyMatch(d -> d.startsWith("google_bigquery_table.orders_table"));
    assertThat(orders.getTypedView().getContentFingerprint()).isNotEqualTo(orders.getContentFingerprint());
  }

  @Test
  void typedViewIdCanBeSetButNotToTheTableId() throws Exception {
    Path file = Files.writeString(dir.resolve("t.csv"), "x\n1\n");
    CsvTable t = new CsvTable(stack, "t", CsvTableConfig
        .builder(dataset, uploads, CsvScanner.scan(file), "t").typedViewId("t_clean").build());
    assertThat(t.getTypedView().getTableId()).isEqualTo("t_clean");
    assertThatThrownBy(() -> CsvTableConfig.builder(dataset, uploads, CsvScanner.scan(file), "t")
        .typedViewId("T").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("typedViewId: 'T'");
    assertThatThrownBy(() -> CsvTableConfig.builder(dataset, uploads, CsvScanner.scan(file), "t")
        .typedViewId("t-typed").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("typedViewId: 't-typed'");
  }

  @Test
  void loadAllowsQuotedNewlinesOnlyWhenTheFileHasThem() throws Exception {
    table("notes", "id,comment\n1,\"line one\nline two\"\n2,ok\n");
    table("plain", "id,comment\n1,one\n");
    Map<String, Boolean> allowed = new java.util.TreeMap<>();
    resources(synth(), "google_bigquery_job").forEach(job -> allowed.put(
        job.path("load").path("destination_table").path("table_id").asText(),
        job.path("load").path("allow_quoted_newlines").asBoolean()));
    assertThat(allowed).containsEntry("notes", true).containsEntry("plain", false);
  }

  @Test
  void sameContentGivesTheSameLoadJobIdAndOtherContentAnother() throws Exception {
    CsvTable a = table("a", "x\n1\n");
    Files.writeString(dir.resolve("b.csv"), "x\n1\n");
    CsvTable b = new CsvTable(stack, "b2",
        CsvTableConfig.builder(dataset, uploads, CsvScanner.scan(dir.resolve("b.csv")), "a").build());
    CsvTable c = table("c", "x\n2\n");
    assertThat(a.getContentFingerprint()).isEqualTo(b.getContentFingerprint());
    assertThat(c.getContentFingerprint()).isNotEqualTo(a.getContentFingerprint());
  }

  @Test
  void logisticRegressionEvaluationViewDependsOnTheModelJob() throws Exception {
    CsvTable accounts = table("accounts", "state,won\nTX,true\nCA,false\n");
    LogisticRegressionModel model = new LogisticRegressionModel(stack, "repeat",
        LogisticRegressionModelConfig.builder(dataset, accounts, List.of("state"), "won")
            .modelId("repeat_buyer_model").build());
    JsonNode view = resources(synth(), "google_bigquery_table").stream()
        .filter(t -> t.path("table_id").asText().equals("repeat_buyer_model_evaluation"))
        .findFirst().orElseThrow();
    assertThat(view.path("view").path("query").asText()).contains("ML.EVALUATE(MODEL `my-project.churn.repeat_buyer_model`)");
    assertThat(view.path("depends_on").toString()).contains("google_bigquery_job.repeat_model_");
    assertThat(model.getModelReference()).isEqualTo("`my-project.churn.repeat_buyer_model`");
  }

  @Test
  void failsWhenKMinIsBelowTwo() throws Exception {
    CsvTable t = table("t", "x\n1\n");
    assertThatThrownBy(() -> KMeansElbowSweepConfig.builder(dataset, t, List.of("x")).kMin(1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("kMin: '1' is not valid");
  }

  @Test
  void failsWhenKMaxIsBelowKMin() throws Exception {
    CsvTable t = table("t", "x\n1\n");
    assertThatThrownBy(() -> KMeansElbowSweepConfig.builder(dataset, t, List.of("x")).kMin(5).kMax(4).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kMax: '4'").hasMessageContaining("kMin (5)");
  }

  @Test
  void failsWhenTheLabelIsAlsoAFeature() throws Exception {
    CsvTable t = table("t", "x,y\n1,true\n");
    assertThatThrownBy(() -> LogisticRegressionModelConfig.builder(dataset, t, List.of("x", "y"), "y").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("featureColumns");
  }

  @Test
  void failsOnInvalidNamesShowingTheValue() {
    assertThatThrownBy(() -> AnalyticsDatasetConfig.builder("my-project", "bad-name", "europe-west2").build())
        .hasMessageStartingWith("datasetId: 'bad-name' is not valid");
    assertThatThrownBy(() -> AnalyticsDatasetConfig.builder("1project", "ok", "europe-west2").build())
        .hasMessageStartingWith("projectId: '1project' is not valid");
    assertThatThrownBy(() -> StateBucketConfig.builder("my-project", "Has_Upper", "EU").build())
        .hasMessageStartingWith("bucketName: 'Has_Upper' is not valid");
    assertThatThrownBy(() -> StateBucketConfig.builder("my-project", "google-state", "EU").build())
        .hasMessageContaining("google");
    assertThatThrownBy(() -> StateBucketConfig.builder("my-project", "ok-bucket", "EU").noncurrentVersionsKept(0).build())
        .hasMessageStartingWith("noncurrentVersionsKept: '0'");
    assertThatThrownBy(() -> AnalyticsDatasetConfig.builder("my-project", "ok", "europe-west2")
        .labels(Map.of("Team", "x")).build())
        .hasMessageStartingWith("labels: 'Team' is not valid");
  }

  @Test
  void datasetDefaultsKeepModelsOnDestroyAndLabelResources() {
    AnalyticsDatasetConfig config = AnalyticsDatasetConfig.builder("my-project", "ok", "EU").build();
    assertThat(config.deleteContentsOnDestroy()).isFalse();
    assertThat(config.labels()).containsExactly(Map.entry("managed-by", "sahara-marketing"));
    assertThat(config.description()).isEmpty();
    assertThat(config.toBuilder().build().datasetId()).isEqualTo("ok");
  }

  @Test
  void fingerprintsSeparateTheirParts() {
    assertThat(Fingerprints.of(List.of("ab", "c"))).isNotEqualTo(Fingerprints.of(List.of("a", "bc")));
    assertThat(Fingerprints.jobId("load_x", List.of("a"))).matches("load_x_[0-9a-f]{16}");
  }
}
