package org.customerkit.examples.cli;

/** The database could not be opened or failed: exit code 3, the message one sentence without a password. */
public final class DatabaseFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DatabaseFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
