package org.customerkit.core.domain.customer;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The opaque, generated identity of a customer; stable for the customer's whole life, unlike its number.
 *
 * @param value a UUID, never null
 */
public record CustomerId(UUID value) {

  public CustomerId {
    Objects.requireNonNull(value, "value");
  }

  public static CustomerId random() {
    return new CustomerId(UUID.randomUUID());
  }

  /** Parses the text form of a customer id; empty when it is not one. */
  public static Optional<CustomerId> parse(String text) {
    try {
      return Optional.of(new CustomerId(UUID.fromString(text.trim())));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
