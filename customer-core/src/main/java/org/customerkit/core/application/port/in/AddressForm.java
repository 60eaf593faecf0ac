package org.customerkit.core.application.port.in;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.customerkit.core.domain.customer.ExtraAddress;
import org.immutables.value.Value;

/** An extra address as typed: its type (billing, delivery, other), whether it is the default, and its parts. */
@Value.Immutable
public abstract class AddressForm {

  /** billing, delivery or other. */
  public abstract @Size(max = 20) String type();

  @Value.Default
  public boolean isDefault() {
    return false;
  }

  public abstract Optional<@Size(max = 100) String> name();

  public abstract Optional<@Size(max = 100) String> street();

  public abstract Optional<@Size(max = 20) String> houseNumber();

  public abstract Optional<@Size(max = 20) String> box();

  public abstract Optional<@Size(max = 100) String> line2();

  public abstract Optional<@Size(max = 20) String> postalCode();

  public abstract Optional<@Size(max = 100) String> city();

  public abstract Optional<@Size(max = 2) String> country();

  public static AddressForm of(ExtraAddress extra) {
    var a = extra.address();
    return builder().type(extra.type().name().toLowerCase(java.util.Locale.ROOT)).isDefault(extra.isDefault())
        .name(extra.name()).street(a.street()).houseNumber(a.houseNumber()).box(a.box()).line2(a.line2())
        .postalCode(a.postalCode()).city(a.city()).country(a.country().value()).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableAddressForm.Builder {}
}
