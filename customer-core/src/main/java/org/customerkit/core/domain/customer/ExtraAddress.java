package org.customerkit.core.domain.customer;

import java.util.Optional;
import org.customerkit.core.domain.contact.Address;
import org.immutables.value.Value;

/**
 * An address besides the main one: a billing or delivery address, or another. At most one of each type is
 * the default that new sales documents take.
 */
@Value.Immutable
public abstract class ExtraAddress {

  public abstract AddressType type();

  /** A name for the address or "for the attention of", e.g. "Magazijn Gent". */
  public abstract Optional<String> name();

  public abstract Address address();

  @Value.Default
  public boolean isDefault() {
    return false;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableExtraAddress.Builder {}
}
