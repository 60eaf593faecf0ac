package org.customerkit.examples.cli;

/** A business rule refused the command; the message, already in the user's language, says which. Exit 1. */
public final class RefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RefusedException(String message) {
    super(message);
  }
}
