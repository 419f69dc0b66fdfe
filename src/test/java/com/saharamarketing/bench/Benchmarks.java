package com.saharamarketing.bench;

import com.saharamarketing.bench.ProcessSampler.Sample;
import com.saharamarketing.datagen.CrmDataGenerator;
import com.saharamarketing.datagen.CrmDataGenerator.Sizes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark harness: synthesis against the cdktf floor, scaling in tables and k, schema
 * inference against DuckDB, and optionally {@code mvn test}, in one run. Prints a table and writes
 * the same figures as Markdown to {@code target/bench/results.md}.
 *
 * <p>Run from the project directory (see BENCHMARKS.md):
 * <pre>
 * mvn -B -q -Pbench test-compile exec:exec                          # everything but mvn test
 * mvn -B -q -Pbench test-compile exec:exec -Dbench.args="--quick"   # no 1 GiB file, 3 runs
 * mvn -B -q -Pbench test-compile exec:exec -Dbench.args="--mvn-test --runs 7"
 * </pre>
 *
 * <p>Options: {@code --runs N} measured runs per case (default 5, 3 with --quick), {@code --warmup
 * N} discarded runs first (default 1), {@code --runs-1g N} runs over the 1 GiB file (default 1,
 * no warm-up: one run of the project's scanner takes minutes), {@code --quick} skips the 1 GiB file, {@code --only
 * synth|inference} runs one part, {@code --mvn-test} also times one {@code mvn -B -q test}.
 *
 * <p>Synthesis cases run as fresh processes, round-robin (one run of every case, then the next
 * round), so that load from other processes spreads over all cases alike. Generated data goes to
 * {@code target/bench/data}.
 */
public final class Benchmarks {
  private static final long MIB = 1L << 20;
  /** Shape of the CRM files in the scaling cases: enough GA360 visits to train k up to 51. */
  private static final Sizes SCALING_SIZES = new Sizes(600, 400, 1_500, 3_000);
  private static final int EXTRA_TABLE_ROWS = 600;

  private final Path root;
  private final Path work;
  private final int runs;
  private final int warmUp;
  private final int runsBig;
  private final boolean quick;
  private final String only;
  private final boolean mvnTest;
  private final StringBuilder markdown = new StringBuilder();
  private final Map<String, Double> medians = new LinkedHashMap<>();

  /** The command line, parsed by picocli: unknown options and bad values stop with usage. */
  @picocli.CommandLine.Command(name = "bench", mixinStandardHelpOptions = true,
      description = "Synthesis vs the cdktf floor, scaling, and inference vs DuckDB (BENCHMARKS.md).")
  static final class Options {
    @picocli.CommandLine.Option(names = "--runs", description = "measured runs per case (default 5, 3 with --quick)")
    Integer runs;
    @picocli.CommandLine.Option(names = "--warmup", description = "discarded runs first (default 1)")
    int warmUp = 1;
    @picocli.CommandLine.Option(names = "--runs-1g", description = "runs over the 1 GiB file (default 1, no warm-up)")
    int runsBig = 1;
    @picocli.CommandLine.Option(names = "--quick", description = "skip the 1 GiB file; 3 runs per case")
    boolean quick;
    @picocli.CommandLine.Option(names = "--only", description = "run one part: ${COMPLETION-CANDIDATES}")
    Part only;
    @picocli.CommandLine.Option(names = "--mvn-test", description = "also time one `mvn -B -q test`")
    boolean mvnTest;
  }

  /** The parts of a run that --only selects. */
  enum Part { synth, inference }

  private Benchmarks(Path root, Options options) {
    this.root = root;
    this.work = root.resolve("target/bench");
    this.quick = options.quick;
    this.mvnTest = options.mvnTest;
    this.runs = options.runs != null ? options.runs : quick ? 3 : 5;
    this.warmUp = options.warmUp;
    this.runsBig = options.runsBig;
    this.only = options.only == null ? "all" : options.only.name();
  }

  public static void main(String[] args) throws Exception {
    List<String> all = new ArrayList<>(Arrays.asList(
        System.getProperty("bench.args", "").trim().split("\\s+")));
    all.addAll(Arrays.asList(args));
    all.removeIf(String::isBlank);
    Options options = new Options();
    picocli.CommandLine commandLine = new picocli.CommandLine(options);
    try {
      commandLine.parseArgs(all.toArray(String[]::new));
    } catch (picocli.CommandLine.ParameterException e) {
      System.err.println("error: " + e.getMessage());
      commandLine.usage(System.err);
      System.exit(2);
    }
    if (commandLine.isUsageHelpRequested() || commandLine.isVersionHelpRequested()) {
      commandLine.usage(System.out);
      return;
    }
    Path root = Path.of(System.getProperty("sahara.projectDir", ".")).toAbsolutePath().normalize();
    new Benchmarks(root, options).run();
  }

  private void run() throws IOException {
    if (!Files.isRegularFile(root.resolve("target/classpath.txt"))) {
      throw new IllegalStateException("target/classpath.txt is missing: run `mvn -q compile` first");
    }
    Files.createDirectories(work);
    markdown.append(machine());
    if (only.equals("all") || only.equals("synth")) {
      synthesis();
    }
    if (only.equals("all") || only.equals("inference")) {
      inference();
    }
    if (mvnTest) {
      mvnTest();
    }
    markdown.append(ratios());
    markdown.append(String.format(Locale.ROOT, "%nLoad average at the end: %s%n", loadAverage()));
    Path results = work.resolve("results.md");
    Files.writeString(results, markdown, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println("Markdown: " + root.relativize(results));
  }

  // ---- synthesis ----

  private record SynthCase(String key, String label, List<String> command, Map<String, String> env) {}

  private void synthesis() throws IOException {
    Path runtimeClasspath = root.resolve("target/classpath.txt");
    String classpath = root.resolve("target/classes") + ":" + Files.readString(runtimeClasspath).trim()
        + ":" + root.resolve("target/test-classes");
    List<String> launcherFlags = launcherFlags();
    Files.createDirectories(work.resolve("out"));
    Path t10 = scalingData(10);
    Path t100 = scalingData(100);
    String sahara = root.resolve("bin/sahara").toString();

    List<SynthCase> cases = new ArrayList<>();
    if (!launcherFlags.isEmpty()) {
      cases.add(new SynthCase("floor-plain", "floor app, plain `java`",
          javaCommand(List.of(), classpath, FloorApp.class.getName()), outdir("floor-plain")));
      cases.add(new SynthCase("default-plain", "default app, plain `java` (no launcher flags)",
          javaCommand(List.of(), classpath, "com.saharamarketing.app.Main"), outdir("default-plain")));
    }
    cases.add(new SynthCase("floor", "floor app " + (launcherFlags.isEmpty() ? "(`java`, no flags, as bin/sahara)"
        : "(bin/sahara's JVM flags " + String.join(" ", launcherFlags) + ")"),
        javaCommand(launcherFlags, classpath, FloorApp.class.getName()), outdir("floor")));
    cases.add(new SynthCase("default", "default app (`bin/sahara`), data/, k 2..11",
        List.of(sahara), outdir("default")));
    cases.add(scaling("t10-k11", "10 tables, k 2..11", sahara, t10, 11));
    cases.add(scaling("t10-k51", "10 tables, k 2..51", sahara, t10, 51));
    cases.add(scaling("t100-k11", "100 tables, k 2..11", sahara, t100, 11));
    cases.add(scaling("t100-k51", "100 tables, k 2..51", sahara, t100, 51));

    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    cases.forEach(c -> samples.put(c.key(), new ArrayList<>()));
    for (int round = -warmUp; round < runs; round++) {
      System.out.printf(Locale.ROOT, "synthesis round %d of %d%s%n", round + warmUp + 1, runs + warmUp,
          round < 0 ? " (warm-up)" : "");
      for (SynthCase c : cases) {
        Sample sample = ProcessSampler.run(c.command(), root, c.env(),
            work.resolve("logs").resolve(c.key() + ".log"));
        if (round >= 0) {
          samples.get(c.key()).add(sample);
        }
      }
    }

    double floor = median(samples.get("floor"), Sample::wallMillis);
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%n### Synthesis (fresh processes, runs %d after warm-up %d, round-robin)%n%n",
        runs, warmUp));
    table.append("| case | wall s, median (min–max) | CPU s, median | peak RSS MB, java + node, median | wall ÷ floor |\n");
    table.append("| --- | --- | --- | --- | --- |\n");
    for (SynthCase c : cases) {
      List<Sample> s = samples.get(c.key());
      double wall = median(s, Sample::wallMillis);
      medians.put("synth." + c.key(), wall);
      medians.put("cpu." + c.key(), median(s, Sample::cpuMillis));
      table.append(String.format(Locale.ROOT, "| %s | %.2f (%.2f–%.2f) | %.2f | %.0f | %.2f× |%n", c.label(),
          wall / 1000, min(s, Sample::wallMillis) / 1000, max(s, Sample::wallMillis) / 1000,
          median(s, Sample::cpuMillis) / 1000, median(s, x -> x.peakRssSumKb()) / 1024, wall / floor));
    }
    table.append("\nPeak RSS: each process's own VmHWM from /proc/<pid>/status, polled every 5 ms, summed over "
        + "the java process and its node child. CPU: user + system time of the whole process tree.\n"
        + "Scaling data: the four CRM files (600 accounts, 400 users, 1,500 GA360 visits, 3,000 sign-ups) "
        + "plus account-shaped extra tables of 600 rows each (`CrmDataGenerator.writeExtraTables`).\n");
    System.out.print(table);
    markdown.append(table);
  }

  private SynthCase scaling(String key, String label, String sahara, Path data, int kMax) {
    Map<String, String> env = new LinkedHashMap<>(outdir(key));
    env.put("SAHARA_DATA_DIR", data.toString());
    env.put("SAHARA_K_MIN", "2");
    env.put("SAHARA_K_MAX", Integer.toString(kMax));
    return new SynthCase(key, label + " (`bin/sahara`)", List.of(sahara), env);
  }

  private Map<String, String> outdir(String key) {
    return Map.of("CDKTF_OUTDIR", work.resolve("out").resolve(key).toString());
  }

  private List<String> javaCommand(List<String> flags, String classpath, String mainClass) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    command.add("-Dsahara.projectDir=" + root);
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    return command;
  }

  /** The JVM flags bin/sahara starts the app with: its {@code jvm_flags=(...)} line. */
  private List<String> launcherFlags() throws IOException {
    Matcher m = Pattern.compile("(?m)^jvm_flags=\\((.*)\\)$")
        .matcher(Files.readString(root.resolve("bin/sahara")));
    if (!m.find()) {
      System.out.println("note: bin/sahara has no jvm_flags=(...) line; the floor runs without flags");
      return List.of();
    }
    if (m.group(1).contains("$") || m.group(1).contains("\"")) {
      throw new IllegalStateException("bin/sahara's jvm_flags=(...) must hold plain words: " + m.group(1));
    }
    return Arrays.stream(m.group(1).trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  private Path scalingData(int tables) throws IOException {
    Path dir = work.resolve("data").resolve("tables-" + tables);
    deleteTree(dir);
    CrmDataGenerator generator = new CrmDataGenerator(CrmDataGenerator.DEFAULT_SEED, SCALING_SIZES);
    generator.writeTo(dir);
    generator.writeExtraTables(dir, tables - 4, EXTRA_TABLE_ROWS);
    return dir;
  }

  // ---- inference ----

  private void inference() throws IOException {
    List<Long> sizes = quick ? List.of(100 * MIB) : List.of(100 * MIB, 1024 * MIB);
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT,
        "%n### Schema inference (child JVMs, -Xmx256m; 100 MiB: runs %d after warm-up %d in the same JVM; 1 GiB: runs %d, no warm-up)%n%n",
        runs, warmUp, runsBig));
    table.append("| file | engine | s, median (min–max) | rows/s | MB/s | peak heap used MB | max live heap after GC MB | peak RSS MB |\n");
    table.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (long size : sizes) {
      Path file = accountsFile(size);
      double megabytes = Files.size(file) / 1e6;
      String label = (size / MIB >= 1024 ? size / MIB / 1024 + " GiB" : size / MIB + " MiB");
      boolean big = size > 100 * MIB;
      int fileWarmUp = big ? 0 : warmUp;
      int fileRuns = big ? runsBig : runs;
      for (String engine : List.of("sahara", "duckdb", "duckdb1", "duckdb-full")) {
        System.out.printf(Locale.ROOT, "inference %s %s (runs: %d, warm-up: %d)%n", label, engine, fileRuns, fileWarmUp);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "-cp", System.getProperty("java.class.path"), InferenceProbe.class.getName(),
            engine, file.toString(), Integer.toString(fileWarmUp), Integer.toString(fileRuns));
        Sample process = ProcessSampler.run(command, root, Map.of(),
            work.resolve("logs").resolve("inference-" + label.replace(' ', '-') + "-" + engine + ".log"));
        List<double[]> lines = process.stdout().lines().filter(l -> l.startsWith("run "))
            .map(l -> Arrays.stream(l.substring(4).split(" ")).mapToDouble(Double::parseDouble).toArray())
            .toList();
        double millis = median(lines, r -> r[0]);
        double rows = lines.get(0)[1];
        double heap = max(lines, r -> r[2]) / MIB;
        double live = max(lines, r -> r[3]) / MIB;
        medians.put("infer." + label + "." + engine + ".mbps", megabytes / (millis / 1000));
        medians.put("infer." + label + "." + engine + ".heap", heap);
        table.append(String.format(Locale.ROOT, "| %s (%,.0f MB, %,.0f rows) | %s | %.2f (%.2f–%.2f) | %,.0f | %.1f | %.0f | %.0f | %.0f |%n",
            label, megabytes, rows, engineLabel(engine), millis / 1000, min(lines, r -> r[0]) / 1000,
            max(lines, r -> r[0]) / 1000, rows / (millis / 1000), megabytes / (millis / 1000), heap, live,
            process.peakRssMaxKb() / 1024.0));
      }
    }
    table.append("\nFiles: `crm_account.csv`-shaped (`CrmDataGenerator.writeAccountsOfSize`, seed ")
        .append(CrmDataGenerator.DEFAULT_SEED)
        .append("), 21 columns with money, two mixed date formats, quoted names with commas and empty cells. ")
        .append("MB = 10^6 bytes. Peak heap used: sum of the heap pools' peak usage during a run (includes garbage "
            + "not yet collected, so it follows the young generation's size). Max live heap: the largest heap "
            + "use right after a garbage collection during a run, what the run really holds. "
            + "Peak RSS: VmHWM of the child JVM (DuckDB's memory is native, outside the heap).\n");
    System.out.print(table);
    markdown.append(table);
  }

  private static String engineLabel(String engine) {
    return switch (engine) {
      case "sahara" -> "sahara `CsvScanner.scan` (parse thread + inference thread)";
      case "duckdb" -> "DuckDB CTAS read_csv (all cores)";
      case "duckdb1" -> "DuckDB CTAS read_csv (threads=1)";
      case "duckdb-full" -> "DuckDB CTAS read_csv, sample_size=-1 (all cores)";
      default -> engine;
    };
  }

  /** Generates the file once; it depends only on the seed and the size, so it is reused. */
  private Path accountsFile(long targetBytes) throws IOException {
    Path dir = work.resolve("data");
    Files.createDirectories(dir);
    Path file = dir.resolve("accounts-" + targetBytes / MIB + "MiB.csv");
    Path done = dir.resolve(file.getFileName() + ".done");
    if (!Files.exists(done) || !Files.exists(file)) {
      System.out.printf(Locale.ROOT, "generating %s%n", root.relativize(file));
      long rows = new CrmDataGenerator(CrmDataGenerator.DEFAULT_SEED, Sizes.DEFAULT)
          .writeAccountsOfSize(file, targetBytes);
      Files.writeString(done, rows + "\n");
    }
    return file;
  }

  // ---- mvn test ----

  private void mvnTest() {
    System.out.println("mvn -B -q test (one run)");
    Sample sample = ProcessSampler.run(List.of("mvn", "-B", "-q", "test"), root, Map.of(),
        work.resolve("logs").resolve("mvn-test.log"));
    medians.put("mvn-test", sample.wallMillis());
    String text = String.format(Locale.ROOT,
        "%n### `mvn -B -q test` (one run, compiled sources up to date)%n%n| wall s | CPU s |%n| --- | --- |%n| %.1f | %.1f |%n",
        sample.wallMillis() / 1000, sample.cpuMillis() / 1000);
    System.out.print(text);
    markdown.append(text);
  }

  // ---- ratios, machine, helpers ----

  private String ratios() {
    StringBuilder out = new StringBuilder("\n### Goals\n\n| goal | figure | met |\n| --- | --- | --- |\n");
    Double floor = medians.get("synth.floor");
    Double synth = medians.get("synth.default");
    Double big = medians.get("synth.t100-k51");
    if (floor != null && synth != null) {
      out.append(goal("default synth ≤ 1.3× floor (wall medians)", synth / floor, synth / floor <= 1.3));
      double cpu = medians.get("cpu.default") / medians.get("cpu.floor");
      out.append(goal("default synth ≤ 1.3× floor (CPU medians)", cpu, cpu <= 1.3));
    }
    if (big != null && synth != null) {
      out.append(goal("100 tables × k 2..51 ≤ 2× default synth (wall medians)", big / synth, big / synth <= 2));
      double cpu = medians.get("cpu.t100-k51") / medians.get("cpu.default");
      out.append(goal("100 tables × k 2..51 ≤ 2× default synth (CPU medians)", cpu, cpu <= 2));
    }
    for (String label : List.of("100 MiB", "1 GiB")) {
      Double ours = medians.get("infer." + label + ".sahara.mbps");
      Double heap = medians.get("infer." + label + ".sahara.heap");
      if (ours == null) {
        continue;
      }
      for (String engine : List.of("duckdb", "duckdb1")) {
        Double theirs = medians.get("infer." + label + "." + engine + ".mbps");
        out.append(goal(String.format(Locale.ROOT, "inference %s ≥ 0.5× %s throughput, heap ≤ 256 MB (heap %.0f MB)",
            label, engineLabel(engine), heap), ours / theirs, ours / theirs >= 0.5 && heap <= 256));
      }
    }
    System.out.print(out);
    return out.toString();
  }

  private static String goal(String what, double ratio, boolean met) {
    return String.format(Locale.ROOT, "| %s | %.2f× | %s |%n", what, ratio, met ? "yes" : "no");
  }

  private String machine() throws IOException {
    String memTotal = Files.readAllLines(Path.of("/proc/meminfo")).stream()
        .filter(l -> l.startsWith("MemTotal:")).findFirst().orElse("MemTotal: ?").substring(9).trim();
    String os = Files.exists(Path.of("/etc/os-release"))
        ? Files.readAllLines(Path.of("/etc/os-release")).stream().filter(l -> l.startsWith("PRETTY_NAME="))
            .findFirst().orElse("=?").split("=", 2)[1].replace("\"", "") : "?";
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
        .filter(l -> l.startsWith("model name")).findFirst().orElse(": ?").split(":", 2)[1].trim();
    String node = ProcessSampler.run(List.of("node", "--version"), root, Map.of(),
        work.resolve("logs").resolve("node-version.log")).stdout().trim();
    String text = String.format(Locale.ROOT,
        "### Machine%n%n- %d cores (%s), %s RAM%n- %s, Linux %s%n- JDK %s (%s), Node.js %s%n- load average at the start: %s%n",
        Runtime.getRuntime().availableProcessors(), cpu, memTotal, os, System.getProperty("os.version"),
        System.getProperty("java.version"), System.getProperty("java.vm.name"), node, loadAverage());
    System.out.print(text);
    return text;
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "?";
    }
  }

  private static <T> double median(List<T> values, ToDoubleFunction<T> f) {
    double[] sorted = values.stream().mapToDouble(f).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static <T> double min(List<T> values, ToDoubleFunction<T> f) {
    return values.stream().mapToDouble(f).min().orElse(Double.NaN);
  }

  private static <T> double max(List<T> values, ToDoubleFunction<T> f) {
    return values.stream().mapToDouble(f).max().orElse(Double.NaN);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
