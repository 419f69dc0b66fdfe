package com.saharamarketing.app;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
      new DefaultPrettyPrinter()
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

  /** Synthesizes the default configuration with the project's data and returns its snapshot. */
  public static String ofDefaults(Path projectDir) throws IOException {
    Path outdir = Files.createTempDirectory("sahara-snapshot");
    try {
      SaharaSynthesizer.SynthResult result =
          SaharaSynthesizer.synthesize(SaharaSettings.defaults(projectDir), outdir);
      return of(result.stackJson(MarketingStack.NAME));
    } finally {
      OutputFolders.deleteRecursively(outdir);
    }
  }

  private static void stripMetadata(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("//");
    }
    node.forEach(Snapshot::stripMetadata);
  }
}
