package com.saharamarketing.constructs;

/**
 * A construct setting with a value that cannot work, thrown by the {@code XxxConfig} builders. The
 * message names the setting, the value and what is allowed, for example {@code kMax: '2' is not
 * valid; k must be between kMin (3) and 100}, so an app can show it to its user as it is.
 */
public final class InvalidSettingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidSettingException(String message) {
    super(message);
  }
}
