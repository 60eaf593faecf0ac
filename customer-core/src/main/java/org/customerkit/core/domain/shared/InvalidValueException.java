package org.customerkit.core.domain.shared;

import java.util.Locale;

/**
 * Thrown by {@link Parsed#orThrow()} and the {@code of(...)} factories of value objects when a caller passed
 * a value it should have checked. User input goes through {@code parse(...)} instead, which never throws.
 */
public final class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Refusal refusal;

  public InvalidValueException(Refusal refusal) {
    super(refusal.message(Locale.ENGLISH));
    this.refusal = refusal;
  }

  public Refusal refusal() {
    return refusal;
  }
}
