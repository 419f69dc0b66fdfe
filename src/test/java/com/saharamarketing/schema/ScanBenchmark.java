package com.saharamarketing.schema;

import com.saharamarketing.datagen.CrmDataGenerator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures {@link CsvScanner#scan(Path)} throughput on one file: a warm-up scan, then several timed
 * scans; prints each run and the median in MB/s and rows/s, and the peak heap. Not a test (speed
 * figures are printed, never asserted).
 *
 * <p>Usage, from the project folder after {@code mvn test-compile} and with the test classpath in
 * {@code CP} (e.g. {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}):
 *
 * <pre>
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     com.saharamarketing.schema.ScanBenchmark /tmp/bench/crm_account.csv 3 1600000
 * </pre>
 *
 * The last argument, when given and the file is missing, generates the file first with {@link
 * CrmDataGenerator} (that many account rows, ~127 bytes each; the other three generated files are
 * tiny). Never commit generated data. With {@code -Dduckdb=true} it also times DuckDB's
 * single-threaded {@code read_csv} of the same file, for the ratio.
 */
public final class ScanBenchmark {
  private ScanBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: ScanBenchmark FILE [RUNS (default 3)] [ACCOUNT_ROWS to generate]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    if (!Files.exists(file)) {
      if (args.length < 3) {
        System.err.println(file + " does not exist; pass ACCOUNT_ROWS to generate it");
        System.exit(2);
      }
      int accounts = Integer.parseInt(args[2]);
      new CrmDataGenerator(CrmDataGenerator.DEFAULT_SEED,
          new CrmDataGenerator.Sizes(accounts, 10, 10, 20)).writeTo(file.getParent());
    }
    double megabytes = Files.size(file) / 1e6;
    CsvProfile warmUp = CsvScanner.scan(file);
    System.out.printf(Locale.ROOT, "file %s: %.1f MB, %d rows, %d columns, max heap %d MiB%n",
        file.getFileName(), megabytes, warmUp.rowCount(), warmUp.schema().columns().size(),
        Runtime.getRuntime().maxMemory() >> 20);
    double[] seconds = new double[runs];
    double[] cpuSeconds = new double[runs];
    for (int run = 0; run < runs; run++) {
      long cpuStart = processCpuNanos();
      long start = System.nanoTime();
      CsvProfile profile = CsvScanner.scan(file);
      seconds[run] = (System.nanoTime() - start) / 1e9;
      cpuSeconds[run] = (processCpuNanos() - cpuStart) / 1e9;
      System.out.printf(Locale.ROOT, "run %d: %.2f s, %.1f MB/s, %.0f rows/s, %.2f s CPU (all threads, GC included)%n",
          run + 1, seconds[run], megabytes / seconds[run], profile.rowCount() / seconds[run],
          cpuSeconds[run]);
    }
    Arrays.sort(cpuSeconds);
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    double median = sorted[runs / 2];
    System.out.printf(Locale.ROOT,
        "median: %.2f s, %.1f MB/s, %.0f rows/s (min %.2f s, max %.2f s); median CPU %.2f s; "
            + "peak heap (sum of pool peaks) %d MiB%n",
        median, megabytes / median, warmUp.rowCount() / median, sorted[0], sorted[runs - 1],
        cpuSeconds[runs / 2], peakHeapBytes() >> 20);
    if (Boolean.getBoolean("duckdb")) {
      duckDbReference(file, megabytes, warmUp.rowCount(), runs);
    }
    System.out.println("sha256 " + warmUp.sha256() + "; schema " + warmUp.schema().toBigQueryJson()
        .replaceAll("\\s+", "").hashCode() + "; view " + warmUp.typedView().toString().hashCode()
        + "; stats " + warmUp.columnStats().toString().hashCode());
  }

  /**
   * With {@code -Dduckdb=true}: DuckDB's single-threaded full scan of the same file, {@code CREATE
   * TABLE t AS SELECT * FROM read_csv(file)} in memory (every row and column converted), as the
   * issue-8 harness measures it; one warm-up, then the runs.
   */
  private static void duckDbReference(Path file, double megabytes, long rows, int runs)
      throws IOException {
    String path = file.toAbsolutePath().toString().replace("'", "''");
    double[] seconds = new double[runs];
    try {
      for (int run = -1; run < runs; run++) {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
            Statement statement = connection.createStatement()) {
          statement.execute("SET threads = 1");
          long start = System.nanoTime();
          statement.execute("CREATE TABLE t AS SELECT * FROM read_csv('" + path + "')");
          if (run >= 0) {
            seconds[run] = (System.nanoTime() - start) / 1e9;
          }
        }
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
    Arrays.sort(seconds);
    double median = seconds[runs / 2];
    System.out.printf(Locale.ROOT, "duckdb read_csv threads=1 median: %.2f s, %.1f MB/s, %.0f rows/s%n",
        median, megabytes / median, rows / median);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
