package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.saharamarketing.app.SynthDiff.Action;
import com.saharamarketing.app.SynthDiff.EffectKind;
import com.saharamarketing.app.SynthDiff.ResourceChange;
import com.saharamarketing.app.SynthDiff.StackDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynthDifferTest {
  private static final String ACCOUNTS_SCHEMA =
      "[{\"name\":\"id\",\"type\":\"INTEGER\",\"mode\":\"REQUIRED\"},"
          + "{\"name\":\"revenue\",\"type\":\"STRING\",\"mode\":\"REQUIRED\"}]";

  private static JsonNode stack(String resources) {
    return SynthDiffer.parse("{\"resource\": {" + resources + "}}", "test");
  }

  private static String table(String schema) {
    return "\"google_bigquery_table\": {\"t_1\": {\"table_id\": \"accounts\", \"dataset_id\": \"d\","
        + " \"schema\": " + TestProject.JSON.valueToTree(schema) + "}}";
  }

  private static ResourceChange only(StackDiff diff) {
    assertThat(diff.resources()).hasSize(1);
    return diff.resources().get(0);
  }

  private static ResourceChange tableChange(String afterSchema) {
    return only(SynthDiffer.compareStack("s", stack(table(ACCOUNTS_SCHEMA)), stack(table(afterSchema))));
  }

  @Test
  void aRemovedColumnReplacesTheTableAndDropsItsData() {
    ResourceChange change = tableChange("[{\"name\":\"id\",\"type\":\"INTEGER\",\"mode\":\"REQUIRED\"}]");
    assertThat(change.address()).isEqualTo("google_bigquery_table.t_1");
    assertThat(change.effects()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EffectKind.TABLE_REPLACED);
      assertThat(e.text()).contains("deletes table accounts").contains("column revenue removed");
    });
    assertThat(change.attributes()).singleElement().satisfies(a -> {
      assertThat(a.path()).isEqualTo("schema");
      assertThat(a.lineDiff()).contains("-{\"name\":\"revenue\",\"type\":\"STRING\",\"mode\":\"REQUIRED\"}");
    });
    SynthDiff diff = new SynthDiff("a", "b", List.of(
        SynthDiffer.compareStack("s", stack(table(ACCOUNTS_SCHEMA)),
            stack(table("[{\"name\":\"id\",\"type\":\"INTEGER\",\"mode\":\"REQUIRED\"}]")))));
    assertThat(SynthDiffReport.markdown(diff)).contains("> **Warning: tables replaced (data dropped):** `accounts`");
    assertThat(SynthDiffReport.plainText(diff)).contains("WARNING tables replaced (data dropped) (1): accounts");
  }

  @Test
  void aRetypedColumnOrANewRequiredColumnAlsoReplacesTheTable() {
    assertThat(SynthDiffer.schemaReplacementReasons(ACCOUNTS_SCHEMA, ACCOUNTS_SCHEMA.replace("STRING", "FLOAT")))
        .containsExactly("column revenue retyped STRING -> FLOAT");
    assertThat(SynthDiffer.schemaReplacementReasons(ACCOUNTS_SCHEMA,
            ACCOUNTS_SCHEMA.replace("]", ",{\"name\":\"x\",\"type\":\"DATE\",\"mode\":\"REQUIRED\"}]")))
        .singleElement().asString().contains("new column x is REQUIRED");
    assertThat(SynthDiffer.schemaReplacementReasons(ACCOUNTS_SCHEMA.replace("REQUIRED\"}]", "NULLABLE\"}]"),
            ACCOUNTS_SCHEMA))
        .containsExactly("column revenue mode NULLABLE -> REQUIRED");
  }

  @Test
  void nullableAdditionsRelaxedModesAndTypeAliasesAreInPlace() {
    String added = ACCOUNTS_SCHEMA.replace("]", ",{\"name\":\"x\",\"type\":\"DATE\",\"mode\":\"NULLABLE\"}]");
    assertThat(SynthDiffer.schemaReplacementReasons(ACCOUNTS_SCHEMA, added)).isEmpty();
    assertThat(SynthDiffer.schemaReplacementReasons(ACCOUNTS_SCHEMA, ACCOUNTS_SCHEMA.replace("INTEGER", "INT64")))
        .isEmpty();
    assertThat(SynthDiffer.schemaReplacementReasons(ACCOUNTS_SCHEMA,
        ACCOUNTS_SCHEMA.replace("REQUIRED\"}]", "NULLABLE\"}]"))).isEmpty();
    ResourceChange change = tableChange(added);
    assertThat(change.effects()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EffectKind.OTHER);
      assertThat(e.text()).isEqualTo("schema of table accounts is updated in place (column x added)");
    });
  }

  @Test
  void aRenamedTableIsReplaced() {
    ResourceChange change = only(SynthDiffer.compareStack("s", stack(table(ACCOUNTS_SCHEMA)),
        stack(table(ACCOUNTS_SCHEMA).replace("\"accounts\"", "\"crm_accounts\""))));
    assertThat(change.effects()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EffectKind.TABLE_REPLACED);
      assertThat(e.text()).contains("table_id changed");
    });
  }

  @Test
  void aJobChangedWithoutANewJobIdIsFlagged() {
    String job = "\"google_bigquery_job\": {\"j\": {\"job_id\": \"same\", \"query\": {\"query\": "
        + "\"CREATE OR REPLACE MODEL `p.d.m1`\\nOPTIONS (model_type = 'KMEANS')\\nAS SELECT 1\"}}}";
    ResourceChange change = only(SynthDiffer.compareStack("s", stack(job),
        stack(job.replace("SELECT 1", "SELECT 2"))));
    assertThat(change.label()).isEqualTo("training job for model m1");
    assertThat(change.effects()).singleElement().extracting(e -> e.kind()).isEqualTo(EffectKind.JOB_ID_REUSED);
    assertThat(change.attributes()).singleElement().satisfies(a -> {
      assertThat(a.path()).isEqualTo("query.query");
      assertThat(a.lineDiff()).contains("-AS SELECT 1", "+AS SELECT 2");
    });
  }

  @Test
  void addedAndRemovedResourcesAreSortedByAddressWhateverTheKeyOrder() {
    String a = "\"google_storage_bucket_object\": {\"b\": {\"bucket\": \"x\", \"name\": \"b.csv\"}, "
        + "\"a\": {\"bucket\": \"x\", \"name\": \"a.csv\"}}";
    String table = table(ACCOUNTS_SCHEMA);
    StackDiff added = SynthDiffer.compareStack("s", stack(table), stack(a + "," + table));
    assertThat(added.resources()).extracting(ResourceChange::address)
        .containsExactly("google_storage_bucket_object.a", "google_storage_bucket_object.b");
    assertThat(added.resources()).allSatisfy(r -> assertThat(r.action()).isEqualTo(Action.ADDED));
    StackDiff removed = SynthDiffer.compareStack("s", stack(table + "," + a), stack(""));
    assertThat(removed.resources()).extracting(ResourceChange::action)
        .containsExactly(Action.REMOVED, Action.REMOVED, Action.REMOVED);
    assertThat(removed.resources().get(0).address()).isEqualTo("google_bigquery_table.t_1");
    assertThat(removed.resources().get(0).effects().get(0).kind()).isEqualTo(EffectKind.DATA_DELETED);
  }

  @Test
  void changesOutsideResourcesAreReportedAsStackSettings() {
    ObjectNode before = (ObjectNode) stack("");
    ObjectNode after = before.deepCopy();
    after.putObject("provider").putArray("google").addObject().put("region", "us-east1");
    StackDiff diff = SynthDiffer.compareStack("s", before, after);
    assertThat(diff.resources()).isEmpty();
    assertThat(diff.blocks()).singleElement().satisfies(b -> assertThat(b.path()).isEqualTo("provider"));
  }

  @Test
  void failsOnTextThatIsNotATerraformObject() {
    assertThatThrownBy(() -> SynthDiffer.parse("[1, 2]", "x.snap"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.snap: not a Terraform JSON object");
  }
}
