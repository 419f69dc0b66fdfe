package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SnapshotTest {
  @Test
  void mainStackMatchesTheCommittedSnapshot() throws Exception {
    Path file = TestProject.dir().resolve(Snapshot.FILE_NAME);
    assertThat(file).as("the snapshot file; create it with: " + Snapshot.REFRESH_COMMAND).exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    String actual = Snapshot.ofProject(TestProject.dir());
    if (!expected.equals(actual)) {
      fail("The synthesized sahara-marketing stack differs from " + Snapshot.FILE_NAME + ":\n"
          + Snapshot.diff(expected, actual)
          + "\n\nIf this infrastructure change is intended, refresh the snapshot with:\n  "
          + Snapshot.REFRESH_COMMAND);
    }
  }

  @Test
  void snapshotIsTheStackJsonWithoutCdktfMetadata(@org.junit.jupiter.api.io.TempDir Path out) {
    SaharaSynthesizer.SynthResult result =
        TestProject.synthesize(SaharaSettings.defaults(TestProject.dir()), out);
    String snapshot = Snapshot.of(result.stackJson(MarketingStack.NAME));
    assertThat(snapshot).doesNotContain("\"//\"").contains("\"google_bigquery_job\"").endsWith("}\n");
    assertThat(Snapshot.diff(snapshot, snapshot)).isEmpty();
    assertThat(Snapshot.diff(snapshot, snapshot.replace("europe-west2", "us-east1")))
        .containsPattern("(?m)^-\\s+\"location\": \"europe-west2\"")
        .containsPattern("(?m)^\\+\\s+\"location\": \"us-east1\"");
  }
}
