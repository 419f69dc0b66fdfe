package com.saharamarketing.app;

/** A setting with a bad value; the message names the setting, where it came from and the value. */
public final class SettingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SettingsException(String message) {
    super(message);
  }
}
