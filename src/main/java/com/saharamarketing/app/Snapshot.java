package com.saharamarketing.app;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

/**
 * The reviewed form of the main stack: {@code cdktf.out/stacks/sahara-marketing/cdk.tf.json}
 * without cdktf's {@code "//"} metadata, pretty-printed with LF line ends, kept as {@code
 * main.tf.json.snap} at the repository root.
 */
public final class Snapshot {
  /** The snapshot file name at the repository root. */
  public static final String FILE_NAME = "main.tf.json.snap";
  /** The command that rewrites the snapshot on purpose. */
  public static final String REFRESH_COMMAND = "mvn -q compile exec:java -Dexec.args=snapshot";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Snapshot() {}

  /** The snapshot text of a synthesized stack file. */
  public static String of(Path stackJson) {
    try {
      JsonNode root = JSON.readTree(stackJson.toFile());
      stripMetadata(root);
      return JSON.writer(PRINTER).writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + stackJson, e);
    }
  }

  /**
   * Synthesizes the project's committed configuration ({@link SettingsLoader#committed}: the
   * embedded defaults and {@code cdktf.json}'s context, never environment variables) and returns
   * its snapshot. {@code snapshot}, {@code diff} and {@code SnapshotTest} all use it, so a
   * developer's {@code SAHARA_*} variables neither leak into the snapshot nor show up as changes.
   */
  public static String ofProject(Path projectDir) throws IOException {
    return of(SettingsLoader.committed(projectDir));
  }

  /**
   * Synthesizes the given settings into a temporary folder (never {@code cdktf.out}), deletes it,
   * and returns the snapshot text of the main stack.
   */
  public static String of(SaharaSettings settings) throws IOException {
    Path outdir = Files.createTempDirectory("sahara-snapshot");
    try {
      SaharaSynthesizer.SynthResult result = SaharaSynthesizer.synthesize(settings, outdir);
      return of(result.stackJson(MarketingStack.NAME));
    } finally {
      OutputFolders.deleteRecursively(outdir);
    }
  }

  /**
   * A unified diff from the expected to the actual snapshot text, with three lines of context;
   * empty when they are equal.
   */
  public static String diff(String expected, String actual) {
    List<String> before = expected.lines().toList();
    List<String> after = actual.lines().toList();
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(
        FILE_NAME, "synthesized", before, DiffUtils.diff(before, after), 3);
    return String.join("\n", diff);
  }

  private static void stripMetadata(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("//");
    }
    node.forEach(Snapshot::stripMetadata);
  }
}
