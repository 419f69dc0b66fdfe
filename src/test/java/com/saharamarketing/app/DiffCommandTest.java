package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code sahara diff} on a copy of the project: what it names, its exit codes, its Markdown. */
class DiffCommandTest {
  @TempDir Path project;
  @RegisterExtension final CommandConsole console = new CommandConsole(() -> project);
  private final ByteArrayOutputStream out = console.out;
  private final ByteArrayOutputStream err = console.err;

  @BeforeEach
  void copyProject() throws Exception {
    TestProject.copyOfData(project.resolve("data"));
    Files.copy(TestProject.dir().resolve(Snapshot.FILE_NAME), project.resolve(Snapshot.FILE_NAME));
  }

  private void changeOneGa360Value() throws Exception {
    TestProject.changeOneGa360Value(project.resolve("data"));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void unchangedConfigurationExitsZeroAndWritesNoOutputFolder() {
    assertThat(Main.run("diff")).isZero();
    assertThat(stdout()).contains("No changes.");
    assertThat(project.resolve("cdktf.out")).doesNotExist();
  }

  @Test
  void oneChangedGa360ValueNamesItsUploadLoadAndTheRetrainedModelsOnly() throws Exception {
    changeOneGa360Value();
    assertThat(Main.run("diff")).isEqualTo(DiffCommand.EXIT_CHANGED);
    String text = stdout();
    assertThat(text)
        .contains("~ google_storage_bucket_object.table-ga360_upload_")
        .contains("~ google_bigquery_job.table-ga360_load_")
        .contains("reloads table ga360")
        .contains("stack sahara-marketing: 0 added, 0 removed, 12 changed");
    IntStream.rangeClosed(2, 11).forEach(k ->
        assertThat(text).contains("retrains model customer_segments_k" + k + "\n"));
    assertThat(text)
        .doesNotContain("table-accounts_load")
        .doesNotContain("table-users_load")
        .doesNotContain("repeat_buyer_model")
        .doesNotContain("google_bigquery_table.");
    assertThat(project.resolve("cdktf.out")).doesNotExist();
  }

  @Test
  void markdownHasASummaryTableAStackTableAndFoldedAttributes() throws Exception {
    changeOneGa360Value();
    assertThat(Main.run("diff", "--markdown")).isEqualTo(DiffCommand.EXIT_CHANGED);
    String md = stdout();
    assertThat(md).startsWith("## Synth diff\n")
        .contains("| effect | count | names |\n| --- | ---: | --- |\n")
        .contains("| models (re)trained | 10 | `customer_segments_k2`, `customer_segments_k3`,")
        .contains("### Stack `sahara-marketing`: 0 added, 0 removed, 12 changed")
        .contains("| ~ | `google_bigquery_job.table-ga360_load_")
        .contains("<details><summary>All changed attributes (12 resources)</summary>")
        .endsWith("</details>\n")
        .doesNotContain("Warning");
    // Natural order: k2 comes before k10 in both tables.
    assertThat(md.indexOf("customer_segments_k2`")).isLessThan(md.indexOf("customer_segments_k10`"));
  }

  @Test
  void comparesWithAnotherSnapshotAndShowsSqlAsLineDiffs() throws Exception {
    String snapshot = Files.readString(project.resolve(Snapshot.FILE_NAME));
    // An older snapshot whose training view had one more comment line.
    String older = snapshot.replaceFirst("(\"query\": \"-- Customer segmentation[^\\\\]*)\\\\n",
        "$1\\\\n-- a line that was removed\\\\n");
    assertThat(older).isNotEqualTo(snapshot);
    Files.writeString(project.resolve("older.snap"), older);
    assertThat(Main.run("diff", "--markdown", "older.snap")).isEqualTo(DiffCommand.EXIT_CHANGED);
    assertThat(stdout())
        .contains("Compared `older.snap` with the current configuration.")
        .contains("| views updated in place | 1 | `segmentation_training` |")
        .contains("```diff\n--- before/view.query\n+++ after/view.query\n")
        .contains("\n--- a line that was removed\n");
  }

  @Test
  void failsWithExitTwoOnAMissingOrBrokenSnapshot() throws Exception {
    assertThat(Main.run("diff", "nowhere.snap")).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("snapshot nowhere.snap does not exist").doesNotContain("at com.");
    Files.createDirectories(project.resolve("some-folder"));
    assertThat(Main.run("diff", "some-folder")).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("error: snapshot some-folder is a folder, not a file; give a snapshot file such as main.tf.json.snap")
        .doesNotContain("unexpectedly");
    Files.writeString(project.resolve("broken.snap"), "{\n  \"resource\": {\n");
    assertThat(Main.run("diff", "broken.snap")).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.snap:3: not valid JSON");
    assertThat(stdout()).isEmpty();
  }

  @Test
  void snapshotAndDiffBothReadCdktfJsonSoTheyAgree() throws Exception {
    Files.writeString(project.resolve("cdktf.json"), "{\"context\": {\"sahara:kMax\": 6}}");
    assertThat(Main.run("snapshot")).isZero();
    assertThat(Files.readString(project.resolve(Snapshot.FILE_NAME)))
        .contains("customer_segments_k6").doesNotContain("customer_segments_k7");
    out.reset();
    assertThat(Main.run("diff")).isZero();
    assertThat(stdout()).contains("No changes.");
  }

  @Test
  void modelJobsRemovedOrAddedByAnotherKMaxAreModelsNoLongerOrNewlyTrained() throws Exception {
    Files.writeString(project.resolve("cdktf.json"), "{\"context\": {\"sahara:kMax\": 6}}");
    assertThat(Main.run("diff")).isEqualTo(DiffCommand.EXIT_CHANGED);
    assertThat(stdout())
        .contains("models no longer trained (5): customer_segments_k7, customer_segments_k8, "
            + "customer_segments_k9, customer_segments_k10, customer_segments_k11\n")
        .contains("=> model customer_segments_k11 is no longer trained")
        .doesNotContain("other changes");

    assertThat(Main.run("snapshot")).isZero();
    Files.delete(project.resolve("cdktf.json"));
    out.reset();
    assertThat(Main.run("diff")).isEqualTo(DiffCommand.EXIT_CHANGED);
    assertThat(stdout())
        .contains("new models trained (5): customer_segments_k7, customer_segments_k8, "
            + "customer_segments_k9, customer_segments_k10, customer_segments_k11\n")
        .contains("=> runs on apply: trains new model customer_segments_k7\n")
        .doesNotContain("models no longer trained").doesNotContain("other changes");
  }
}
