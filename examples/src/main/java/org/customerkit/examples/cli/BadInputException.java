package org.customerkit.examples.cli;

/** The command's input cannot be used (a bad option value, a missing file, an unknown customer). Exit 2. */
public final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
