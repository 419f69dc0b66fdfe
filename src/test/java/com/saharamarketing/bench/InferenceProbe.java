package com.saharamarketing.bench;

import com.saharamarketing.schema.CsvProfile;
import com.saharamarketing.schema.CsvScanner;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Child-JVM side of the inference benchmark: reads one CSV with one engine, {@code warmUp + runs}
 * times in this JVM, and prints one line per measured run, {@code run <millis> <rows>
 * <peakHeapBytes> <maxLiveHeapBytes>}.
 *
 * <p>Engines:
 * <ul>
 *   <li>{@code sahara}: {@link CsvScanner#scan}, schema inference over every row.</li>
 *   <li>{@code duckdb} / {@code duckdb1}: DuckDB in-process over JDBC (all cores / one thread),
 *       {@code CREATE TABLE t AS SELECT * FROM read_csv(file)} into an in-memory database, so
 *       every row and column is parsed and converted (a {@code count(*)} could skip columns);
 *       the table is dropped after each run.</li>
 *   <li>{@code duckdb-full}: the same with {@code sample_size = -1}, so DuckDB's sniffer also
 *       reads every row before loading: the closest match to scanning every row for types.</li>
 * </ul>
 *
 * <p>Peak heap is the sum of the heap pools' peak usage, reset before every run; it counts garbage
 * not yet collected. Max live heap is the largest heap use right after a garbage collection
 * (from GC notifications) during the run: what the run really kept. DuckDB's memory is native, so for it the harness's process RSS
 * is the figure that counts.
 */
public final class InferenceProbe {
  private InferenceProbe() {}

  private static final AtomicLong MAX_LIVE = new AtomicLong();

  public static void main(String[] args) throws Exception {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
              .mapToLong(MemoryUsage::getUsed).sum();
          MAX_LIVE.accumulateAndGet(used, Math::max);
        }
      }, null, null);
    }
    String engine = args[0];
    Path file = Path.of(args[1]);
    int warmUp = Integer.parseInt(args[2]);
    int runs = Integer.parseInt(args[3]);
    for (int i = 0; i < warmUp + runs; i++) {
      resetPeaks();
      MAX_LIVE.set(0);
      long start = System.nanoTime();
      long rows = switch (engine) {
        case "sahara" -> sahara(file);
        case "duckdb" -> duckdb(file, 0, "");
        case "duckdb1" -> duckdb(file, 1, "");
        case "duckdb-full" -> duckdb(file, 0, ", sample_size = -1");
        default -> throw new IllegalArgumentException("unknown engine " + engine);
      };
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (i >= warmUp) {
        System.out.printf(Locale.ROOT, "run %d %d %d %d%n", millis, rows, peakHeapBytes(), MAX_LIVE.get());
      }
    }
  }

  private static long sahara(Path file) {
    CsvProfile profile = CsvScanner.scan(file);
    return profile.rowCount();
  }

  private static long duckdb(Path file, int threads, String options) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      if (threads > 0) {
        statement.execute("SET threads = " + threads);
      }
      String path = file.toAbsolutePath().toString().replace("'", "''");
      statement.execute("CREATE TABLE t AS SELECT * FROM read_csv('" + path + "'" + options + ")");
      try (ResultSet count = statement.executeQuery("SELECT count(*) FROM t")) {
        count.next();
        long rows = count.getLong(1);
        statement.execute("DROP TABLE t");
        return rows;
      }
    }
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  private static void resetPeaks() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapBytes() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
