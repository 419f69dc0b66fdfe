package com.saharamarketing.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Input the user can fix (a file argument that is missing, a folder or unreadable, a snapshot
 * that is not Terraform JSON): the message is one sentence naming the input and what to do, and
 * the command exits with code 2. It is an {@link IllegalArgumentException} so that callers of the
 * library methods that throw it (such as {@link SynthDiffer#parse}) see the usual type.
 */
public final class InputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Checks that a file argument names a readable regular file.
   *
   * @param file the path to check, resolved against the working or project folder
   * @param shown the path as the user gave it, for the message (never made absolute)
   * @param what what the file is, e.g. {@code "snapshot"} or {@code "CSV file"}
   * @param fix what to do instead, e.g. {@code "give a CSV file, e.g. data/crm_account.csv"}
   * @return file
   * @throws InputException when it does not exist, is a folder or cannot be read
   */
  static Path requireReadableFile(Path file, String shown, String what, String fix) {
    if (Files.isDirectory(file)) {
      throw new InputException(what + " " + shown + " is a folder, not a file; " + fix);
    }
    if (!Files.exists(file)) {
      throw new InputException(what + " " + shown + " does not exist; " + fix);
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new InputException(what + " " + shown + " cannot be read; check its permissions, or " + fix);
    }
    return file;
  }
}
