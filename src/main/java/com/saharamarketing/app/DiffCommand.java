package com.saharamarketing.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sahara diff [--markdown] [SNAPSHOT]}: synthesizes the project's committed configuration
 * (embedded defaults and {@code cdktf.json}, not environment variables; see {@link
 * Snapshot#ofProject}) in memory
 * (in a temporary folder; {@code cdktf.out} is not touched) and compares its {@code
 * sahara-marketing} stack with {@code main.tf.json.snap} or the given snapshot file, resource by
 * resource, explaining each change in BigQuery terms (see {@link SynthDiffer}).
 *
 * <p>Exit codes: 0 no change, {@value #EXIT_CHANGED} something changed, 2 bad input (missing or
 * unreadable snapshot, bad settings or CSV), 1 unexpected.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, version = Main.VERSION,
    description = {
        "Synthesize the current configuration and compare it with " + Snapshot.FILE_NAME
            + " (or SNAPSHOT): added, removed and changed resources and what they mean in BigQuery "
            + "(loads and model trainings that re-run, tables replaced, views updated).",
        "Exit code 0: no change; " + DiffCommand.EXIT_CHANGED + ": changes; 2: bad input."})
public final class DiffCommand implements Callable<Integer> {
  /** Exit code when the synthesis differs from the snapshot. */
  public static final int EXIT_CHANGED = 3;

  @Parameters(arity = "0..1", paramLabel = "SNAPSHOT",
      description = "Snapshot file to compare with (default: ${DEFAULT-VALUE} in the project folder).",
      defaultValue = Snapshot.FILE_NAME)
  Path snapshot;

  @Option(names = "--markdown", description = "Print Markdown for a pull-request comment.")
  boolean markdown;

  @Override
  public Integer call() throws IOException {
    Path projectDir = Main.projectDir();
    Path file = projectDir.resolve(snapshot);
    String label = snapshot.toString().replace('\\', '/');
    InputException.requireReadableFile(file, label, "snapshot", "give a snapshot file such as "
        + Snapshot.FILE_NAME + ", or create " + Snapshot.FILE_NAME + " with: " + Snapshot.REFRESH_COMMAND);
    String before;
    try {
      before = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InputException("snapshot " + label + " is not UTF-8 text; give a snapshot file such as "
          + Snapshot.FILE_NAME, e);
    }
    String after = Snapshot.ofProject(projectDir);
    SynthDiff diff = new SynthDiff(label, "the current configuration", List.of(
        SynthDiffer.compareStack(MarketingStack.NAME, SynthDiffer.parse(before, label),
            SynthDiffer.parse(after, "synthesized " + MarketingStack.NAME))));
    System.out.print(markdown ? SynthDiffReport.markdown(diff) : SynthDiffReport.plainText(diff));
    return diff.isEmpty() ? 0 : EXIT_CHANGED;
  }
}
