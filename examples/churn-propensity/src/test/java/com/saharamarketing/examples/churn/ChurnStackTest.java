package com.saharamarketing.examples.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.Testing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The example stack, synthesized: what another project gets from the library. */
class ChurnStackTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CUSTOMERS = Path.of("data/customers.csv");

  private static JsonNode synth(int kMin, int kMax) throws Exception {
    App app = Testing.app();
    ChurnStack stack = new ChurnStack(app, "churn-propensity", "churn-demo-project", CUSTOMERS, kMin, kMax);
    // With validations, as app.synth() runs them: the SQL analysis runs on the library jar too.
    return JSON.readTree(Testing.synth(stack, true));
  }

  private static List<JsonNode> resources(JsonNode stack, String type) {
    List<JsonNode> out = new ArrayList<>();
    stack.path("resource").path(type).forEach(out::add);
    return out;
  }

  /** Model name -> CREATE MODEL statement, for every query job. */
  private static Map<String, String> modelStatements(JsonNode stack) {
    Pattern model = Pattern.compile("CREATE OR REPLACE MODEL `churn-demo-project\\.churn\\.([a-z_0-9]+)`");
    Map<String, String> out = new TreeMap<>();
    for (JsonNode job : resources(stack, "google_bigquery_job")) {
      String sql = job.path("query").path("query").asText();
      Matcher m = model.matcher(sql);
      if (m.find()) {
        out.put(m.group(1), sql);
      }
    }
    return out;
  }

  @Test
  void trainsAChurnModelAndOneKMeansModelPerKOnTheTypedCustomersView() throws Exception {
    JsonNode stack = synth(3, 6);
    Map<String, String> models = modelStatements(stack);
    assertThat(models).containsOnlyKeys("churn_propensity",
        "customer_clusters_k3", "customer_clusters_k4", "customer_clusters_k5", "customer_clusters_k6");
    assertThat(models.get("churn_propensity"))
        .contains("model_type = 'LOGISTIC_REG'")
        .contains("input_label_cols = ['churned']")
        .contains("`tenure_months`", "`monthly_spend`", "`support_tickets`", "`contract_type`", "`churned`")
        .doesNotContain("`customer_id`")
        .contains("FROM `churn-demo-project.churn.customers_typed`");
    for (int k = 3; k <= 6; k++) {
      assertThat(models.get("customer_clusters_k" + k))
          .contains("model_type = 'KMEANS'").contains("num_clusters = " + k + ",");
    }
    List<String> views = resources(stack, "google_bigquery_table").stream()
        .filter(t -> t.has("view")).map(t -> t.path("table_id").asText()).sorted().toList();
    assertThat(views).containsExactly("churn_propensity_evaluation", "customers_typed", "elbow_point");
  }

  @Test
  void loadsTheCustomersCsvWithTheScannedSchema() throws Exception {
    JsonNode stack = synth(3, 6);
    JsonNode table = resources(stack, "google_bigquery_table").stream()
        .filter(t -> t.path("table_id").asText().equals("customers")).findFirst().orElseThrow();
    Map<String, String> types = new TreeMap<>();
    JSON.readTree(table.path("schema").asText())
        .forEach(c -> types.put(c.path("name").asText(), c.path("type").asText()));
    assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.of(
        "customer_id", "INTEGER", "tenure_months", "INTEGER", "monthly_spend", "FLOAT",
        "support_tickets", "INTEGER", "contract_type", "STRING", "churned", "BOOLEAN"));
    List<JsonNode> loads = resources(stack, "google_bigquery_job").stream().filter(j -> j.has("load")).toList();
    assertThat(loads).singleElement().satisfies(load -> {
      assertThat(load.path("load").path("destination_table").path("table_id").asText()).isEqualTo("customers");
      assertThat(load.path("load").path("source_uris").get(0).asText())
          .startsWith("gs://churn-demo-project-churn-uploads/csv/customers/").endsWith("-customers.csv");
    });
  }

  @Test
  void hasNoStateBucketAndNoRemoteBackend() throws Exception {
    JsonNode stack = synth(3, 6);
    assertThat(resources(stack, "google_storage_bucket")).extracting(b -> b.path("name").asText())
        .containsExactly("churn-demo-project-churn-uploads");
    assertThat(stack.path("terraform").path("backend").has("gcs")).isFalse();
  }

  @Test
  void failsOnAKRangeThatNamesTheSettingAndValue() {
    assertThatThrownBy(() -> synth(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kMax: '2' is not valid");
  }

  /** The README's "use the constructs in your own app" lines are this example's code. */
  @Test
  void readmeExampleIsTheCodeOfThisStack() throws Exception {
    String readme = Files.readString(Path.of("../../README.md"), StandardCharsets.UTF_8);
    Matcher section = Pattern.compile("## Use the constructs in your own app\\n.*?```java\\n(.*?)```",
        Pattern.DOTALL).matcher(readme);
    assertThat(section.find()).as("README section with a java block").isTrue();
    String source = normalize(Files.readString(
        Path.of("src/main/java/com/saharamarketing/examples/churn/ChurnStack.java"), StandardCharsets.UTF_8));
    List<String> lines = section.group(1).lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("//")).toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(8);
    assertThat(source).contains(normalize(String.join("\n", lines)));
  }

  private static String normalize(String code) {
    return code.replaceAll("\\s+", " ");
  }
}
