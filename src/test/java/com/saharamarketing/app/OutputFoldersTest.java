package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OutputFolders#writeAtomically}: the snapshot file keeps ordinary permissions. */
class OutputFoldersTest {
  @TempDir Path dir;

  @BeforeEach
  void needsPosix() throws Exception {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
  }

  @Test
  void aNewFileIsReadableByAll() throws Exception {
    Path file = dir.resolve(Snapshot.FILE_NAME);
    OutputFolders.writeAtomically(file, "{}\n");

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("{}\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
  }

  @Test
  void anExistingFileKeepsItsPermissions() throws Exception {
    Path file = dir.resolve(Snapshot.FILE_NAME);
    Files.writeString(file, "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

    OutputFolders.writeAtomically(file, "new\n");

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("new\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(file);
    }
  }
}
