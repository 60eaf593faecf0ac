package org.customerkit.examples.cli.card;

import org.customerkit.core.domain.customer.Customer;
import org.customerkit.examples.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code archive NUMBER}: sets a customer inactive; lists hide it unless a view includes archived ones. */
@Command(name = "archive", mixinStandardHelpOptions = true, description = "Archive a customer.")
public final class ArchiveCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NUMBER", description = "The customer's number.")
  String number;

  @Override
  public void run() {
    try (Session session = Session.open(spec)) {
      Customer customer = session.done(session.customers().archive(session.customer(number).id()));
      session.out().println("Archived " + customer.fullName() + ", customer " + customer.number().value() + ".");
    }
  }
}
