package com.saharamarketing.app;

import com.saharamarketing.schema.ScanProgress;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints scan progress of large CSV files to stderr, one line per tenth of the file, so that a
 * long scan is visibly alive; small files (the usual case) scan silently and stdout stays clean.
 */
final class LargeFileProgress implements ScanProgress {
  /** Files above this size report progress. */
  static final long THRESHOLD_BYTES = 64L << 20;

  private final String name;
  private final PrintStream out;
  private int lastTenth;

  private LargeFileProgress(String name, PrintStream out) {
    this.name = name;
    this.out = out;
  }

  /** Progress for this file: printing to stderr if it is larger than the threshold, else none. */
  static ScanProgress forFile(Path file, long sizeBytes) {
    return forFile(file, sizeBytes, System.err);
  }

  static ScanProgress forFile(Path file, long sizeBytes, PrintStream out) {
    return sizeBytes > THRESHOLD_BYTES
        ? new LargeFileProgress(String.valueOf(file.getFileName()), out) : ScanProgress.NONE;
  }

  @Override
  public void bytesRead(long bytesRead, long totalBytes) {
    int tenth = totalBytes <= 0 ? 10 : (int) Math.min(10, 10 * bytesRead / totalBytes);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      out.printf(Locale.ROOT, "scanning %s: %d%% (%,d of %,d MiB)%n",
          name, tenth * 10, bytesRead >> 20, totalBytes >> 20);
    }
  }
}
