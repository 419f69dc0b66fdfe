package com.saharamarketing.schema;

import java.nio.file.Path;

/**
 * A CSV file that cannot be turned into a table: the message names the file, the line and what
 * to do about it, in the form {@code data/x.csv:12: problem. Fix: ...}.
 */
public final class CsvFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;

  /**
   * @param file the CSV file
   * @param line the 1-based physical line where the problem starts, or 0 for the whole file
   * @param problem what is wrong
   * @param fix what the user can do about it
   */
  public CsvFormatException(Path file, long line, String problem, String fix) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem + ". Fix: " + fix);
    this.file = file;
    this.line = line;
  }

  /** The CSV file at fault. */
  public Path file() {
    return file;
  }

  /** The 1-based line where the problem starts, or 0 when it concerns the whole file. */
  public long line() {
    return line;
  }
}
