package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the default synthesis of the main stack must say, resource by resource. */
class MarketingStackTest {
  @TempDir static Path out;
  static JsonNode stack;

  @BeforeAll
  static void synthesizeDefaults() {
    stack = TestProject.stackJson(
        TestProject.synthesize(SaharaSettings.defaults(TestProject.dir()), out), MarketingStack.NAME);
  }

  private static List<Map.Entry<String, JsonNode>> jobs() {
    return TestProject.resources(stack, "google_bigquery_job");
  }

  private static List<JsonNode> modelJobs() {
    return jobs().stream().map(Map.Entry::getValue)
        .filter(j -> j.path("query").path("query").asText().startsWith("CREATE OR REPLACE MODEL"))
        .toList();
  }

  @Test
  void usesTheGcsBackendInTheStateBucket() {
    JsonNode gcs = stack.path("terraform").path("backend").path("gcs");
    assertThat(gcs.path("bucket").asText()).isEqualTo("sahara-demo-project-tfstate");
    assertThat(gcs.path("prefix").asText()).isEqualTo(MarketingStack.STATE_PREFIX);
    assertThat(stack.path("provider").path("google").get(0).path("region").asText()).isEqualTo("europe-west2");
  }

  @Test
  void trainsOneKMeansModelPerKWithUniqueJobIds() {
    List<JsonNode> kmeans = modelJobs().stream()
        .filter(j -> j.path("query").path("query").asText().contains("'KMEANS'")).toList();
    Set<Integer> ks = kmeans.stream()
        .map(j -> Integer.parseInt(j.path("query").path("query").asText()
            .replaceAll("(?s).*num_clusters = (\\d+).*", "$1")))
        .collect(Collectors.toSet());
    assertThat(ks).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    Set<String> ids = kmeans.stream().map(j -> j.path("job_id").asText()).collect(Collectors.toSet());
    assertThat(ids).hasSize(10).allMatch(id -> id.matches("sahara_customer_segments_k\\d+_[0-9a-f]{16}"));
  }

  @Test
  void modelJobsCarryEmptyDispositionsStandardSqlAndTheDatasetLocation() {
    assertThat(modelJobs()).hasSize(11).allSatisfy(job -> {
      JsonNode query = job.path("query");
      assertThat(query.path("create_disposition").isTextual()).isTrue();
      assertThat(query.path("create_disposition").asText()).isEmpty();
      assertThat(query.path("write_disposition").asText()).isEmpty();
      assertThat(query.path("write_disposition").isTextual()).isTrue();
      assertThat(query.path("use_legacy_sql").asBoolean(true)).isFalse();
      assertThat(job.path("location").asText()).isEqualTo("europe-west2");
    });
  }

  @Test
  void everyJobRunsInTheDatasetLocation() {
    String datasetLocation = TestProject.resources(stack, "google_bigquery_dataset").get(0).getValue()
        .path("location").asText();
    assertThat(jobs()).allSatisfy(j -> assertThat(j.getValue().path("location").asText()).isEqualTo(datasetLocation));
    assertThat(TestProject.resources(stack, "google_storage_bucket").get(0).getValue().path("location").asText())
        .isEqualToIgnoringCase(datasetLocation);
  }

  @Test
  void repeatBuyerModelIsWeightedLogisticRegressionOnTheLabel() {
    JsonNode job = modelJobs().stream()
        .filter(j -> j.path("query").path("query").asText().contains("LOGISTIC_REG")).findFirst().orElseThrow();
    String sql = job.path("query").path("query").asText();
    assertThat(sql).contains("input_label_cols = ['repeat_buyer']").contains("auto_class_weights = TRUE")
        .contains("FROM `sahara-demo-project.sahara_marketing.repeat_buyer_training`");
  }

  @Test
  void loadJobsSkipTheHeaderWithAnExplicitSchemaAndTruncate() {
    List<JsonNode> loads = jobs().stream().map(Map.Entry::getValue).filter(j -> j.has("load")).toList();
    assertThat(loads).hasSize(4).allSatisfy(job -> {
      JsonNode load = job.path("load");
      assertThat(load.path("source_format").asText()).isEqualTo("CSV");
      assertThat(load.path("skip_leading_rows").asInt()).isEqualTo(1);
      assertThat(load.path("autodetect").asBoolean(true)).isFalse();
      assertThat(load.path("write_disposition").asText()).isEqualTo("WRITE_TRUNCATE");
      assertThat(load.path("allow_quoted_newlines").isBoolean()).isTrue();
      assertThat(load.path("source_uris").get(0).asText()).startsWith("gs://sahara-demo-project-sahara-uploads/csv/");
    });
  }

  @Test
  void everyTableAndViewSetsDeletionProtectionAndViewsUseStandardSql() {
    List<Map.Entry<String, JsonNode>> tables = TestProject.resources(stack, "google_bigquery_table");
    assertThat(tables).hasSize(12).allSatisfy(t -> assertThat(t.getValue().path("deletion_protection").isBoolean()).isTrue());
    List<JsonNode> views = tables.stream().map(Map.Entry::getValue).filter(t -> t.has("view")).toList();
    assertThat(views).hasSize(8).allSatisfy(v -> {
      assertThat(v.path("view").path("use_legacy_sql").isBoolean()).isTrue();
      assertThat(v.path("view").path("use_legacy_sql").asBoolean()).isFalse();
    });
  }

  @Test
  void viewsDependOnWhatTheirSqlReads() {
    Map<String, JsonNode> tables = TestProject.resources(stack, "google_bigquery_table").stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Map<String, String> tableIdToAddress = tables.entrySet().stream()
        .collect(Collectors.toMap(e -> e.getValue().path("table_id").asText(),
            e -> "google_bigquery_table." + e.getKey()));
    for (JsonNode table : tables.values()) {
      if (!table.has("view")) {
        continue;
      }
      String sql = table.path("view").path("query").asText();
      Set<String> dependsOn = new HashSet<>();
      table.path("depends_on").forEach(d -> dependsOn.add(d.asText()));
      tableIdToAddress.forEach((tableId, address) -> {
        if (sql.contains(".sahara_marketing." + tableId + "`")) {
          assertThat(dependsOn).as(table.path("table_id") + " reads " + tableId).contains(address);
        }
      });
      if (sql.contains("ML.EVALUATE")) {
        long models = sql.lines().filter(l -> l.contains("ML.EVALUATE")).count();
        long modelJobDeps = dependsOn.stream().filter(d -> d.startsWith("google_bigquery_job.")).count();
        assertThat(modelJobDeps).as(table.path("table_id") + " depends on each model job").isEqualTo(models);
      }
    }
  }

  @Test
  void elbowViewHasOneRowPerKWithTheEvaluationColumns() {
    JsonNode elbow = TestProject.resources(stack, "google_bigquery_table").stream().map(Map.Entry::getValue)
        .filter(t -> t.path("table_id").asText().equals("elbow_point")).findFirst().orElseThrow();
    String sql = elbow.path("view").path("query").asText();
    assertThat(sql.split("UNION ALL")).hasSize(10);
    assertThat(sql).contains("SELECT 2 AS k, davies_bouldin_index, mean_squared_distance")
        .contains("customer_segments_k11").endsWith("ORDER BY k");
  }

  @Test
  void tableSchemasUseCanonicalTypesAndExplicitModesInCsvOrder() throws Exception {
    JsonNode accounts = TestProject.resources(stack, "google_bigquery_table").stream().map(Map.Entry::getValue)
        .filter(t -> t.path("table_id").asText().equals("accounts")).findFirst().orElseThrow();
    JsonNode schema = TestProject.JSON.readTree(accounts.path("schema").asText());
    String header = Files.readAllLines(TestProject.dir().resolve("data/crm_account.csv")).get(0);
    assertThat(schema).hasSize(header.split(",").length);
    assertThat(schema.get(0).path("name").asText()).isEqualTo("Account_Number");
    assertThat(schema.get(17).path("name").asText()).isEqualTo("Average_Sales_Cycle");
    schema.forEach(field -> {
      assertThat(field.path("type").asText()).isIn("STRING", "INTEGER", "FLOAT", "NUMERIC", "BOOLEAN", "DATE", "TIMESTAMP");
      assertThat(field.path("mode").asText()).isIn("NULLABLE", "REQUIRED");
    });
    assertThat(schema.get(2).path("type").asText()).as("Annual_Revenue ($-prefixed) loads as text").isEqualTo("STRING");
    assertThat(schema.get(6).path("mode").asText()).as("Industry has empty cells").isEqualTo("NULLABLE");
  }

  @Test
  void everyTableHasATypedViewThatParsesMoneyAndUsDates() {
    Map<String, JsonNode> byId = TestProject.resources(stack, "google_bigquery_table").stream()
        .map(Map.Entry::getValue).collect(Collectors.toMap(t -> t.path("table_id").asText(), t -> t));
    for (String table : List.of("accounts", "users", "ga360", "users_signup_dates")) {
      String sql = byId.get(table + "_typed").path("view").path("query").asText();
      assertThat(sql).startsWith("SELECT\n").endsWith("FROM `sahara-demo-project.sahara_marketing." + table + "`");
    }
    String accounts = byId.get("accounts_typed").path("view").path("query").asText();
    assertThat(accounts)
        .contains("SAFE_CAST(REPLACE(`Annual_Revenue`, '$', '') AS NUMERIC) AS `Annual_Revenue`")
        .contains("SAFE.PARSE_DATE('%m/%d/%Y', `First_Sale_Date`)")
        .contains("  `Account_Number`,\n");
  }

  @Test
  void trainingViewsReadTheTypedViews() {
    Map<String, JsonNode> byId = TestProject.resources(stack, "google_bigquery_table").stream()
        .map(Map.Entry::getValue).collect(Collectors.toMap(t -> t.path("table_id").asText(), t -> t));
    assertThat(byId.get("segmentation_training").path("view").path("query").asText())
        .contains(".sahara_marketing.accounts_typed`", ".sahara_marketing.users_typed`",
            ".sahara_marketing.ga360_typed`")
        .doesNotContain(".sahara_marketing.accounts`", "REGEXP_REPLACE");
    assertThat(byId.get("repeat_buyer_training").path("view").path("query").asText())
        .contains(".sahara_marketing.accounts_typed` AS accounts")
        .doesNotContain(".sahara_marketing.accounts`");
  }

  @Test
  void uploadObjectNamesAreContentAddressed() {
    assertThat(TestProject.resources(stack, "google_storage_bucket_object")).hasSize(4).allSatisfy(o -> {
      assertThat(o.getValue().path("name").asText()).matches("csv/[a-z0-9_]+/[0-9a-f]{16}-[a-z0-9_]+\\.csv");
      assertThat(o.getValue().path("source").asText()).startsWith("assets/");
    });
  }

  @Test
  void createsTheViewsThatTheReportReads() {
    Map<String, String> views = TestProject.resources(stack, "google_bigquery_table").stream()
        .map(Map.Entry::getValue).filter(t -> t.has("view"))
        .collect(Collectors.toMap(t -> t.path("table_id").asText(), t -> t.path("view").path("query").asText()));
    assertThat(views).containsKeys(com.saharamarketing.report.ReportTables.ELBOW_VIEW,
        com.saharamarketing.report.ReportTables.EVALUATION_VIEW, com.saharamarketing.report.ReportTables.TRAINING_VIEW);
    assertThat(views.get(com.saharamarketing.report.ReportTables.TRAINING_VIEW))
        .contains(" AS " + com.saharamarketing.sql.MarketingQueries.REPEAT_BUYER_LABEL + "\n");
  }
}
