package com.saharamarketing.app;

import com.saharamarketing.constructs.InvalidSettingException;
import com.saharamarketing.schema.CsvFormatException;
import com.saharamarketing.sql.analysis.ProvenSqlCache;
import com.saharamarketing.sql.analysis.SqlAnalyzer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sahara} command. With no arguments it synthesizes both stacks into {@code
 * CDKTF_OUTDIR} (default {@code cdktf.out}); it is what {@code cdktf.json}'s {@code app} runs.
 *
 * <p>Exit codes: 0 success, 2 bad input or settings (one clear message, no stack trace), 1 an
 * unexpected failure.
 */
@Command(
    name = "sahara",
    mixinStandardHelpOptions = true,
    version = Main.VERSION,
    description = "Synthesizes Terraform JSON for the Sahara marketing stack from CRM CSV exports.",
    subcommands = {
      Main.Synth.class, Main.WriteSnapshot.class, DiffCommand.class, ReportCommand.class,
      SchemaCommand.class
    })
public final class Main implements Callable<Integer> {
  /** What {@code --version} prints, for the command and every subcommand. */
  static final String VERSION = "sahara-marketing 0.1.0";

  /** Exit code for bad input or settings. */
  public static final int EXIT_BAD_INPUT = 2;

  public static void main(String[] args) {
    NodeBannerFilter.install();
    // SQL that analysed cleanly before, with the same schemas, is not analysed again.
    SqlAnalyzer.useProvenCache(ProvenSqlCache.inUserCacheFolder());
    int code = run(args);
    System.out.flush();
    System.err.flush();
    // jsii keeps a node child process and non-daemon threads; exit explicitly.
    System.exit(code);
  }

  /** Runs the command line and returns the exit code. */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> handle(e, commandName(cmd)));
    return commandLine.execute(args);
  }

  @Override
  public Integer call() {
    return new Synth().call();
  }

  /** Synthesizes both stacks. */
  @Command(name = "synth", mixinStandardHelpOptions = true, version = VERSION,
      description = "Synthesize both stacks (the default).")
  static final class Synth implements Callable<Integer> {
    @Override
    public Integer call() {
      JsiiWarmUp.start(); // jsii starts while settings and CSVs are read; SaharaSynthesizer awaits it
      SqlAnalyzer.startInBackground(); // so does ZetaSQL's native service, unless SQL was proven
      Path projectDir = projectDir();
      SaharaSettings settings = SettingsLoader.load(projectDir);
      Path outdir = projectDir.resolve(System.getenv().getOrDefault("CDKTF_OUTDIR", "cdktf.out"));
      SaharaSynthesizer.SynthResult result = SaharaSynthesizer.synthesize(settings, outdir);
      printSummary(result, settings);
      return 0;
    }
  }

  /** Rewrites main.tf.json.snap from the committed configuration (defaults and cdktf.json). */
  @Command(name = "snapshot", mixinStandardHelpOptions = true, version = VERSION,
      description = "Rewrite " + Snapshot.FILE_NAME + " from the committed configuration: the embedded "
          + "defaults and cdktf.json's context (environment variables are ignored).")
  static final class WriteSnapshot implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
      Path projectDir = projectDir();
      Path file = projectDir.resolve(Snapshot.FILE_NAME);
      OutputFolders.writeAtomically(file, Snapshot.ofProject(projectDir));
      System.out.println("wrote " + file.getFileName());
      return 0;
    }
  }

  static Path projectDir() {
    return Path.of(System.getProperty("sahara.projectDir", "")).toAbsolutePath().normalize();
  }

  private static void printSummary(SaharaSynthesizer.SynthResult result, SaharaSettings settings) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Synthesized project %s, dataset %s in %s, k %d..%d%n",
        settings.projectId(), settings.datasetId(), settings.region(), settings.kMin(), settings.kMax()));
    result.data().tables().forEach((tableId, profile) -> {
      out.append(String.format(Locale.ROOT, "  table %-20s <- %s: %,d rows, %d columns%n",
          tableId, profile.fileName(), profile.rowCount(), profile.schema().columns().size()));
      profile.schema().columns().stream()
          .filter(c -> !c.header().equals(c.name()))
          .forEach(c -> out.append(String.format(Locale.ROOT, "      column '%s' -> %s%n", c.header(), c.name())));
      profile.typedView().parsedColumns().forEach(t -> out.append(String.format(Locale.ROOT,
          "      typed view: %s %s (%s)%n", t.name(), t.type().bigQueryName(), t.format().description())));
    });
    out.append(String.format(Locale.ROOT, "  segmentation training set: %,d rows (k up to %d)%n",
        result.segmentationRows(), settings.kMax()));
    for (Map.Entry<String, Integer> stack : result.resourceCounts().entrySet()) {
      out.append(String.format(Locale.ROOT, "  stack %-18s %d resources -> %s%n", stack.getKey(),
          stack.getValue(), projectDir().relativize(result.stackJson(stack.getKey()).toAbsolutePath())));
    }
    System.out.print(out);
  }

  /** {@code "sahara diff"}; the bare command runs synth, so it is {@code "sahara synth"}. */
  private static String commandName(CommandLine cmd) {
    return cmd.getParent() == null ? "sahara synth" : cmd.getCommandSpec().qualifiedName();
  }

  /**
   * Maps a command's exception to an exit code: input the user can fix prints one line and returns
   * 2; anything else is a bug, reported as one and returning 1.
   */
  static int handle(Exception e, String command) {
    JsiiWarmUp.awaitQuietly(); // a failed synth may leave it running; later jsii calls need it done
    if (e instanceof SettingsException || e instanceof InputException || e instanceof CsvFormatException
        || e instanceof PolicyViolationException || e instanceof InvalidSettingException) {
      System.err.println("error: " + e.getMessage());
      return EXIT_BAD_INPUT;
    }
    System.err.println("error: " + command + " failed unexpectedly: " + e);
    if (System.getenv("SAHARA_DEBUG") != null) {
      e.printStackTrace();
    } else {
      System.err.println("Set SAHARA_DEBUG=1 to see the stack trace.");
    }
    return 1;
  }
}
