package com.saharamarketing.app;

import java.util.ArrayList;
import java.util.List;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * Runs every construct's node validations (the SQL analysis among them) before synthesis.
 *
 * <p>cdktf runs them too, but stack by stack while it writes: a failure in the second stack would
 * leave the first one written. Running them first stops before anything is written; their results
 * are cached, so {@code app.synth()} does not analyse twice.
 */
final class ConstructValidation {
  private ConstructValidation() {}

  /**
   * Fails with every validation error, one per line, each naming its construct path.
   */
  static void requireValid(Construct root) {
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
      throw new SettingsException("synthesis stopped before writing anything; "
          + (errors.size() == 1 ? "a check" : errors.size() + " checks") + " failed:\n  "
          + String.join("\n  ", errors)
          + "\nfix the SQL, or the CSV export whose columns it reads, and synthesize again");
    }
  }
}
