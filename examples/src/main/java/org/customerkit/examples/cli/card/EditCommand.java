package org.customerkit.examples.cli.card;

import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.EditCustomer;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.examples.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code edit NUMBER}: changes the given fields of a customer's card and keeps the rest. The change is made
 * from the version read (or {@code --expected-version}), so a change someone saved in between is refused.
 */
@Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Change fields of a customer's card; the fields not given stay as they are.")
public final class EditCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NUMBER", description = "The customer's number.")
  String number;

  @Option(names = "--expected-version", paramLabel = "VERSION",
      description = "Refuse the change unless the card is still at this version (default: the version read).")
  Long expectedVersion;

  @Mixin
  CardOptions card;

  @Override
  public void run() {
    try (Session session = Session.open(spec)) {
      Customer stored = session.customer(number);
      CustomerForm form = card.applyTo(CustomerForm.of(stored));
      long version = expectedVersion == null ? stored.version() : expectedVersion;
      Customer saved = session.done(session.customers().edit(new EditCustomer.Command(stored.id(), version, form)),
          spec.commandLine().getErr());
      session.out().println("Saved " + saved.fullName() + ", customer " + saved.number().value() + ", version "
          + saved.version() + ".");
    }
  }
}
