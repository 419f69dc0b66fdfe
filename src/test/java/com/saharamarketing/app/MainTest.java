package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, messages, and no output for bad input. */
class MainTest {
  @TempDir Path project;
  @RegisterExtension final CommandConsole console = new CommandConsole(() -> project);
  private final ByteArrayOutputStream err = console.err;
  private final ByteArrayOutputStream out = console.out;

  @Test
  void synthesizesBothStacksAndPrintsASummary() throws Exception {
    TestProject.copyOfData(project.resolve("data"));
    assertThat(Main.run()).isZero();
    assertThat(project.resolve("cdktf.out/stacks/sahara-state/cdk.tf.json")).exists();
    assertThat(project.resolve("cdktf.out/stacks/sahara-marketing/cdk.tf.json")).exists();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("table accounts").contains("'Account Number' -> Account_Number")
        .contains("typed view: Annual_Revenue NUMERIC (currency amount)")
        .contains("segmentation training set: 30 rows").contains("sahara-marketing").contains("resources");
  }

  @Test
  void failsOnAnUnterminatedQuoteNamingTheFileAndWritingNothing() throws Exception {
    Path data = TestProject.copyOfData(project.resolve("data"));
    Files.writeString(data.resolve("broken.csv"), "id,comment\n1,ok\n2,\"never closed\n3,x\n");
    assertThat(Main.run("synth")).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("broken.csv:3").contains("unterminated quote").doesNotContain("at com.");
    assertThat(project.resolve("cdktf.out")).doesNotExist();
  }

  @Test
  void failsOnAnUnterminatedQuoteLeavingThePreviousOutputByteIdentical() throws Exception {
    Path data = TestProject.copyOfData(project.resolve("data"));
    assertThat(Main.run()).isZero();
    java.util.Map<String, String> before = Subprocess.tree(project.resolve("cdktf.out"));
    assertThat(before).containsKey("stacks/sahara-marketing/cdk.tf.json");
    Files.writeString(data.resolve("broken.csv"), "id,comment\n1,ok\n2,\"never closed\n3,x\n");

    assertThat(Main.run("synth")).isEqualTo(Main.EXIT_BAD_INPUT);

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.csv").doesNotContain("at com.");
    assertThat(Subprocess.tree(project.resolve("cdktf.out"))).isEqualTo(before);
  }

  @Test
  void reportsTheFirstBrokenFileInFileNameOrderThoughFilesAreScannedInParallel() throws Exception {
    Path data = TestProject.copyOfData(project.resolve("data"));
    Files.writeString(data.resolve("a_broken.csv"), "id,comment\n1,\"never closed\n");
    Files.writeString(data.resolve("z_broken.csv"), "id,comment\n1,\"never closed\n");
    assertThat(Main.run("synth")).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("a_broken.csv").doesNotContain("z_broken.csv");
  }

  @Test
  void failsOnAMissingColumnNamingIt() throws Exception {
    Path data = TestProject.copyOfData(project.resolve("data"));
    Path users = data.resolve("crm_user.csv");
    String text = Files.readString(users).replaceFirst(",Age\n", ",Agee\n");
    Files.writeString(users, text);
    assertThat(Main.run()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("crm_user.csv:1").contains("'Age'");
  }

  @Test
  void failsOnABadSettingNamingIt() throws Exception {
    TestProject.copyOfData(project.resolve("data"));
    Files.writeString(project.resolve("cdktf.json"), "{\"context\": {\"sahara:kMin\": 1}}");
    assertThat(Main.run()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("kMin").contains("1");
    assertThat(project.resolve("cdktf.out")).doesNotExist();
  }

  @Test
  void failsWhenKMaxExceedsTheSegmentationTrainingRows() throws Exception {
    TestProject.copyOfData(project.resolve("data"));
    // data/ gives 30 joined rows (its generator's contract); 31 clusters cannot be trained.
    Files.writeString(project.resolve("cdktf.json"), "{\"context\": {\"sahara:kMax\": 31}}");
    assertThat(Main.run()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("kMax (cdktf.json context 'sahara:kMax'): 31").contains("30 rows");
    assertThat(project.resolve("cdktf.out")).doesNotExist();
  }

  @Test
  void failsOnAMissingDataFolder() {
    assertThat(Main.run()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("dataDir (default): '").contains("is not a folder");
  }

  @Test
  void everySubcommandHasHelpAndVersionExitingZero() {
    java.util.Set<String> names = new picocli.CommandLine(new Main()).getSubcommands().keySet();
    assertThat(names).contains("synth", "snapshot", "diff", "report", "schema");
    for (String name : names) {
      out.reset();
      assertThat(Main.run(name, "--help")).as(name + " --help").isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).as(name + " --help")
          .contains("Usage: sahara " + name).contains("-h, --help").contains("-V, --version");
      out.reset();
      assertThat(Main.run(name, "--version")).as(name + " --version").isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).as(name + " --version").contains(Main.VERSION);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(project.resolve("cdktf.out")).doesNotExist();
  }

  @Test
  void unexpectedFailuresNameTheCommandAndOnlyConfigValidationPassesForBadInput() {
    assertThat(Main.handle(new IllegalStateException("boom"), "sahara diff")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("error: sahara diff failed unexpectedly: java.lang.IllegalStateException: boom")
        .doesNotContain("synthesis failed");
    err.reset();
    // A bug (an IllegalArgumentException from anywhere but a config's validation) is not bad input.
    assertThat(Main.handle(new IllegalArgumentException("no SQL template named x"), "sahara synth")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("sahara synth failed unexpectedly");
    err.reset();
    IllegalArgumentException configError = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> com.saharamarketing.constructs.GcpNames.requireDatasetId("datasetId", "bad-id"),
        IllegalArgumentException.class);
    assertThat(Main.handle(configError, "sahara synth")).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: " + configError.getMessage() + System.lineSeparator());
  }

  @Test
  void aMisspeltContextKeyExitsTwoNamingItAndTheClosestKey() throws Exception {
    TestProject.copyOfData(project.resolve("data"));
    Files.writeString(project.resolve("cdktf.json"), "{\"context\": {\"sahara:kmax\": 5}}");
    assertThat(Main.run("synth")).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("unknown context key 'sahara:kmax'; did you mean 'sahara:kMax'?").doesNotContain("at com.");
    assertThat(project.resolve("cdktf.out")).doesNotExist();
  }
}
