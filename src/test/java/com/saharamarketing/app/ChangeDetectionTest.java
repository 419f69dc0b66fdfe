package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A changed CSV re-runs exactly the jobs that read it; an unchanged one re-runs nothing. */
class ChangeDetectionTest {
  /** One attribute of every resource of a type, by resource name. */
  private static Map<String, String> attribute(
      SaharaSynthesizer.SynthResult result, String type, String field) {
    Map<String, String> values = new TreeMap<>();
    for (Map.Entry<String, JsonNode> resource :
        TestProject.resources(TestProject.stackJson(result, MarketingStack.NAME), type)) {
      values.put(resource.getKey(), resource.getValue().path(field).asText());
    }
    return values;
  }

  private static Map<String, String> jobIds(SaharaSynthesizer.SynthResult result) {
    return attribute(result, "google_bigquery_job", "job_id");
  }

  private static Map<String, String> objectNames(SaharaSynthesizer.SynthResult result) {
    return attribute(result, "google_storage_bucket_object", "name");
  }

  @Test
  void changingOneGa360ValueRerunsItsLoadAndTheKMeansJobsOnly(
      @TempDir Path data, @TempDir Path before, @TempDir Path after) throws Exception {
    TestProject.copyOfData(data);
    SaharaSynthesizer.SynthResult original = TestProject.synthesize(TestProject.withDataDir(data), before);

    TestProject.changeOneGa360Value(data);
    SaharaSynthesizer.SynthResult changed = TestProject.synthesize(TestProject.withDataDir(data), after);

    Map<String, String> idsBefore = jobIds(original);
    Map<String, String> idsAfter = jobIds(changed);
    assertThat(idsAfter.keySet()).isEqualTo(idsBefore.keySet());
    idsBefore.forEach((job, id) -> {
      boolean readsGa360 = job.startsWith("table-ga360_load") || job.startsWith("segmentation_model-k");
      if (readsGa360) {
        assertThat(idsAfter.get(job)).as(job + " must re-run").isNotEqualTo(id);
      } else {
        assertThat(idsAfter.get(job)).as(job + " must not re-run").isEqualTo(id);
      }
    });
    Map<String, String> objectsBefore = objectNames(original);
    Map<String, String> objectsAfter = objectNames(changed);
    objectsBefore.forEach((object, name) -> {
      if (object.startsWith("table-ga360_")) {
        assertThat(objectsAfter.get(object)).isNotEqualTo(name);
      } else {
        assertThat(objectsAfter.get(object)).isEqualTo(name);
      }
    });
  }

  @Test
  void unchangedDataGivesTheSameJobIdsAsTheSnapshot(@TempDir Path out) throws Exception {
    SaharaSynthesizer.SynthResult result =
        TestProject.synthesize(SaharaSettings.defaults(TestProject.dir()), out);
    String snapshot = Files.readString(TestProject.dir().resolve(Snapshot.FILE_NAME));
    jobIds(result).values().forEach(id -> assertThat(snapshot).contains("\"" + id + "\""));
  }
}
