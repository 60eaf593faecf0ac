package org.customerkit.core.application.port.in;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.customerkit.core.domain.customer.ContactPerson;
import org.immutables.value.Value;

/** A contact person as typed. */
@Value.Immutable
public abstract class ContactPersonForm {

  public abstract @Size(max = 100) String name();

  public abstract Optional<@Size(max = 60) String> function();

  public abstract Optional<@Size(max = 254) String> email();

  public abstract Optional<@Size(max = 40) String> phone();

  public static ContactPersonForm of(ContactPerson person) {
    return builder().name(person.name()).function(person.function())
        .email(person.email().map(e -> e.value())).phone(person.phone().map(p -> p.e164())).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableContactPersonForm.Builder {}
}
