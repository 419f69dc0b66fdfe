package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStackTest {
  @Test
  void stateBucketIsVersionedLockedDownAndTrimmed(@TempDir Path out) throws Exception {
    SaharaSynthesizer.SynthResult result =
        TestProject.synthesize(SaharaSettings.defaults(TestProject.dir()), out);
    JsonNode stack = TestProject.stackJson(result, StateStack.NAME);

    assertThat(TestProject.resources(stack, "google_storage_bucket")).hasSize(1);
    JsonNode bucket = TestProject.resources(stack, "google_storage_bucket").get(0).getValue();
    assertThat(bucket.path("name").asText()).isEqualTo("sahara-demo-project-tfstate");
    assertThat(bucket.path("versioning").path("enabled").asBoolean()).isTrue();
    assertThat(bucket.path("uniform_bucket_level_access").asBoolean()).isTrue();
    assertThat(bucket.path("public_access_prevention").asText()).isEqualTo("enforced");
    assertThat(bucket.path("force_destroy").isBoolean()).isTrue();
    assertThat(bucket.path("force_destroy").asBoolean()).isFalse();
    JsonNode rule = bucket.path("lifecycle_rule").get(0);
    assertThat(rule.path("action").path("type").asText()).isEqualTo("Delete");
    assertThat(rule.path("condition").path("num_newer_versions").asInt()).isEqualTo(10);
    assertThat(rule.path("condition").path("with_state").asText()).isEqualTo("ARCHIVED");

    String localState = stack.path("terraform").path("backend").path("local").path("path").asText();
    assertThat(localState).isEqualTo(StateStack.LOCAL_STATE_PATH).doesNotStartWith("/");
    assertThat(Files.readString(result.stackJson(StateStack.NAME)))
        .doesNotContain(TestProject.dir().toString());
  }
}
