package org.customerkit.core.domain.customer;

import java.util.Objects;
import java.util.Optional;

/** Who the customer is: a company or a person. Both have a {@link #fullName()}, the name lists show. */
public sealed interface Party {

  /** The name to show and sort on: "Bakkerij Peeters BV", "Jan Peeters". Never blank. */
  String fullName();

  /** The company name for a company, empty for a person. */
  Optional<String> companyName();

  /**
   * A company, such as "Bakkerij Peeters" with legal form "BV".
   *
   * @param name never blank
   * @param legalForm such as BV, NV, SRL, VZW; optional
   */
  record Company(String name, Optional<String> legalForm) implements Party {
    public Company {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(legalForm, "legalForm");
      if (name.isBlank()) {
        throw new IllegalArgumentException("a company needs a name");
      }
    }

    @Override
    public String fullName() {
      return fullNameOf(name, legalForm.orElse(null));
    }

    /** {@link #fullName()} of the parts as stored, {@code legalForm} null when absent. */
    public static String fullNameOf(String name, String legalForm) {
      return legalForm == null ? name : name + " " + legalForm;
    }

    @Override
    public Optional<String> companyName() {
      return Optional.of(name);
    }
  }

  /**
   * A private person.
   *
   * @param salutation such as "Mevrouw", "M."; optional
   * @param firstName optional
   * @param lastName never blank
   */
  record Person(Optional<String> salutation, Optional<String> firstName, String lastName) implements Party {
    public Person {
      Objects.requireNonNull(salutation, "salutation");
      Objects.requireNonNull(firstName, "firstName");
      Objects.requireNonNull(lastName, "lastName");
      if (lastName.isBlank()) {
        throw new IllegalArgumentException("a person needs a last name");
      }
    }

    @Override
    public String fullName() {
      return fullNameOf(firstName.orElse(null), lastName);
    }

    /** {@link #fullName()} of the parts as stored, {@code firstName} null when absent. */
    public static String fullNameOf(String firstName, String lastName) {
      return firstName == null ? lastName : firstName + " " + lastName;
    }

    @Override
    public Optional<String> companyName() {
      return Optional.empty();
    }
  }
}
