package org.customerkit.examples.host;

/** The sample host's database failed: broken infrastructure, not a business refusal. */
public final class HostDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  HostDataException(String message) {
    super(message);
  }

  HostDataException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
