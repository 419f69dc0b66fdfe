package com.saharamarketing.schema;

/**
 * Receives progress while {@link CsvScanner} reads a file, on the scanning thread: at most once per
 * {@link #REPORT_EVERY_BYTES} and once at the end.
 *
 * <pre>{@code
 * CsvScanner.scan(file, (read, total) -> System.err.printf("%d%%%n", 100 * read / total));
 * }</pre>
 */
@FunctionalInterface
public interface ScanProgress {
  /** Bytes between two reports. */
  long REPORT_EVERY_BYTES = 16L << 20;

  /** Reports nothing. */
  ScanProgress NONE = (bytesRead, totalBytes) -> {};

  /**
   * @param bytesRead bytes of the file read so far
   * @param totalBytes the file size when the scan started
   */
  void bytesRead(long bytesRead, long totalBytes);
}
