package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthesis replaces the output folder only when it succeeds, and keeps Terraform's files. */
class AtomicOutputTest {
  @TempDir Path project;

  private final SaharaSettings defaults = SaharaSettings.defaults(TestProject.dir());

  @Test
  void defaultAppPassesEveryRuleWithoutFindingsOrSuppressions() throws Exception {
    Path outdir = project.resolve("cdktf.out");
    TestProject.synthesize(defaults, outdir);
    JsonNode manifest = TestProject.JSON.readTree(outdir.resolve("manifest.json").toFile());
    assertThat(manifest.path("stacks").size()).isEqualTo(2);
    manifest.path("stacks").forEach(stack ->
        assertThat(stack.path("annotations")).as(stack.path("name").asText()).isEmpty());
  }

  @Test
  void failsInsideSynthNamingRulePathAndFixAndLeavesThePreviousOutputByteIdentical() throws Exception {
    Path outdir = project.resolve("cdktf.out");
    TestProject.synthesize(defaults, outdir);
    Map<String, String> before = Subprocess.tree(outdir);

    assertThatThrownBy(() -> SaharaSynthesizer.synthesize(defaults, outdir, PolicyFailingApp::addViolation))
        .isInstanceOf(PolicyViolationException.class)
        .hasMessageContaining("BucketNotForceDestroyed at sahara-marketing/injected-scratch")
        .hasMessageContaining("Fix: remove force_destroy");

    assertThat(Subprocess.tree(outdir)).isEqualTo(before);
    assertThat(siblings()).containsExactly("cdktf.out");
  }

  @Test
  void aPolicyFailureUnderTheCdktfCliEnvironmentExitsTwoAndLeavesTheOutputAlone() throws Exception {
    TestProject.copyOfData(project.resolve("data"));
    Path outdir = project.resolve("cdktf.out");
    // The cdktf CLI sets both: CDKTF_OUTDIR overrides the App's outdir, and with the flag cdktf
    // records error annotations instead of throwing.
    Map<String, String> cli =
        Map.of("CDKTF_OUTDIR", "cdktf.out", "CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS", "true");
    List<String> jvm = List.of("-Dsahara.projectDir=" + project);

    Subprocess.Result first = Subprocess.java(project, jvm, cli, PolicyFailingApp.class.getName());
    assertThat(first.exit()).as(first.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(outdir).as("no output folder left behind").doesNotExist();

    TestProject.synthesize(defaults, outdir);
    Map<String, String> before = Subprocess.tree(outdir);
    Subprocess.Result run = Subprocess.java(project, jvm, cli, PolicyFailingApp.class.getName());

    assertThat(run.exit()).as(run.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.err()).contains("BucketNotForceDestroyed at sahara-marketing/injected-scratch")
        .contains("Fix:").doesNotContain("at com.").doesNotContain("Exception");
    assertThat(Subprocess.tree(outdir)).isEqualTo(before);
  }

  @Test
  void keepsTerraformFilesAndDropsWhatTheNewSynthesisDoesNotWrite() throws Exception {
    Path outdir = project.resolve("cdktf.out");
    TestProject.synthesize(defaults, outdir);
    Path stack = outdir.resolve("stacks").resolve(MarketingStack.NAME);
    Map<Path, String> terraformFiles = Map.of(
        stack.resolve(".terraform/providers/registry.terraform.io/hashicorp/google/5.4.0/plugin"), "binary",
        stack.resolve(".terraform/terraform.tfstate"), "{\"backend\": {}}",
        stack.resolve(".terraform.lock.hcl"), "provider \"registry.terraform.io/hashicorp/google\" {}",
        stack.resolve("terraform.sahara-marketing.tfstate"), "{\"serial\": 7}",
        stack.resolve("terraform.sahara-marketing.tfstate.backup"), "{\"serial\": 6}",
        outdir.resolve("stacks/renamed-stack/.terraform.lock.hcl"), "lock of a stack that no longer exists");
    for (Map.Entry<Path, String> file : terraformFiles.entrySet()) {
      Files.createDirectories(file.getKey().getParent());
      Files.writeString(file.getKey(), file.getValue());
    }
    Path staleAsset = stack.resolve("assets/removed-csv/0123/removed.csv");
    Files.createDirectories(staleAsset.getParent());
    Files.writeString(staleAsset, "a,b\n");
    Path staleStack = outdir.resolve("stacks/renamed-stack/cdk.tf.json");
    Files.writeString(staleStack, "{}");

    TestProject.synthesize(defaults, outdir);

    for (Map.Entry<Path, String> file : terraformFiles.entrySet()) {
      assertThat(file.getKey()).hasContent(file.getValue());
    }
    assertThat(staleAsset).doesNotExist();
    assertThat(stack.resolve("assets/removed-csv")).doesNotExist();
    assertThat(staleStack).doesNotExist();
    assertThat(stack.resolve("cdk.tf.json")).exists();
    assertThat(siblings()).containsExactly("cdktf.out");
  }

  @Test
  void writesAnOutputFolderThatOthersCanRead() throws Exception {
    Path outdir = project.resolve("cdktf.out");
    TestProject.synthesize(defaults, outdir);
    if (Files.getFileStore(outdir).supportsFileAttributeView("posix")) {
      assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(outdir)))
          .isEqualTo("rwxr-xr-x");
    }
    assertThat(Files.readString(outdir.resolve("manifest.json"), StandardCharsets.UTF_8))
        .doesNotContain(project.toString());
  }

  private List<String> siblings() throws Exception {
    try (Stream<Path> entries = Files.list(project)) {
      return entries.map(p -> p.getFileName().toString()).filter(n -> n.contains("cdktf.out")).sorted().toList();
    }
  }
}
