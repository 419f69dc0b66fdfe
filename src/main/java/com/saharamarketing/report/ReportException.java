package com.saharamarketing.report;

/**
 * The report cannot be made for a reason the user can fix (no credentials, no permission, models
 * not deployed, endpoint unreachable). The message is one sentence saying what is missing and
 * what to do.
 */
public final class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReportException(String message) {
    super(message);
  }

  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
