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

  @Test
  void localStateStaysInTheProjectFolderWhateverTheOutputFolderInside(@TempDir Path project) {
    assertThat(StateStack.localStatePath(project, project.resolve("cdktf.out")))
        .isEqualTo(StateStack.LOCAL_STATE_PATH).isEqualTo("../../../terraform.sahara-state.tfstate");
    assertThat(StateStack.localStatePath(project, project.resolve("build/cdktf.out")))
        .isEqualTo("../../../../terraform.sahara-state.tfstate");
    assertThat(StateStack.localStatePath(project, project.resolve("build/../out/./x")))
        .isEqualTo("../../../../terraform.sahara-state.tfstate");
    assertThat(StateStack.localStatePath(project, project))
        .isEqualTo("../../terraform.sahara-state.tfstate");
  }

  /** Outside the project no relative path is the same on every machine: beside the output. */
  @Test
  void anOutputFolderOutsideTheProjectKeepsTheStateBesideIt(@TempDir Path tmp) {
    assertThat(StateStack.localStatePath(tmp.resolve("project"), tmp.resolve("elsewhere/cdktf.out")))
        .isEqualTo(StateStack.LOCAL_STATE_PATH);
  }

  @Test
  void aNestedOutputFolderPointsTheLocalBackendAtTheProjectFolder() throws Exception {
    Path outdir = TestProject.dir().resolve("target/state-stack-test/cdktf.out");
    OutputFolders.deleteRecursively(outdir);
    SaharaSynthesizer.SynthResult result =
        TestProject.synthesize(SaharaSettings.defaults(TestProject.dir()), outdir);
    JsonNode stack = TestProject.stackJson(result, StateStack.NAME);

    String localState = stack.path("terraform").path("backend").path("local").path("path").asText();
    Path stackDir = outdir.resolve("stacks").resolve(StateStack.NAME);
    assertThat(localState).doesNotStartWith("/");
    assertThat(stackDir.resolve(localState).normalize())
        .isEqualTo(TestProject.dir().resolve("terraform.sahara-state.tfstate"));
    OutputFolders.deleteRecursively(outdir);
  }
}
