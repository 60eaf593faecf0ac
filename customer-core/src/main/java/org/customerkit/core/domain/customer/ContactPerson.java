package org.customerkit.core.domain.customer;

import java.util.Optional;
import org.customerkit.core.domain.contact.EmailAddress;
import org.customerkit.core.domain.contact.PhoneNumber;
import org.immutables.value.Value;

/** A person to talk to at the customer: name, function and how to reach them. */
@Value.Immutable
public abstract class ContactPerson {

  public abstract String name();

  /** Such as "Boekhouding", "Aankoper". */
  public abstract Optional<String> function();

  public abstract Optional<EmailAddress> email();

  public abstract Optional<PhoneNumber> phone();

  @Value.Check
  protected void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("a contact person needs a name");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableContactPerson.Builder {}
}
