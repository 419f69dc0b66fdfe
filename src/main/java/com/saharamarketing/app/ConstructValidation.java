package com.saharamarketing.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * Runs every construct's node validations (the SQL analysis among them) before synthesis.
 *
 * <p>cdktf runs them too, but stack by stack while it writes: a failure in the second stack would
 * leave the first one written. Running them first keeps the output folder untouched; their results
 * are cached, so {@code app.synth()} does not analyse twice.
 */
final class ConstructValidation {
  private ConstructValidation() {}

  /**
   * Fails with every validation error, one per line, each naming its construct path.
   *
   * @param emptyOutdir a folder to delete before failing when it holds no file (the outdir that
   *     cdktf's App created), or null
   */
  static void requireValid(Construct root, Path emptyOutdir) {
    List<String> errors = new ArrayList<>();
    for (IConstruct c : root.getNode().findAll()) {
      for (String error : c.getNode().validate()) {
        // SQL findings already name the construct whose statement failed.
        String path = c.getNode().getPath();
        String stack = path.contains("/") ? path.substring(0, path.indexOf('/') + 1) : path + "/";
        errors.add(error.startsWith(stack) ? error : path + ": " + error);
      }
    }
    if (!errors.isEmpty()) {
      deleteIfEmpty(emptyOutdir);
      throw new SettingsException("synthesis stopped before writing anything; "
          + (errors.size() == 1 ? "a check" : errors.size() + " checks") + " failed:\n  "
          + String.join("\n  ", errors)
          + "\nfix the SQL, or the CSV export whose columns it reads, and synthesize again");
    }
  }

  /** Deletes dir when it holds folders only (cdktf makes {@code stacks/} before writing). */
  private static void deleteIfEmpty(Path dir) {
    if (dir == null) {
      return;
    }
    try {
      List<Path> tree;
      try (Stream<Path> walk = Files.walk(dir)) {
        tree = walk.toList();
      }
      if (tree.stream().allMatch(Files::isDirectory)) {
        OutputFolders.deleteRecursively(dir);
      }
    } catch (IOException e) {
      // Nothing was written into it; leaving empty folders behind is harmless.
    }
  }
}
