package org.customerkit.examples.cli.card;

import org.customerkit.core.domain.customer.Customer;
import org.customerkit.examples.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code delete NUMBER}: removes a customer for good; refused (exit 1) while it has sales documents. */
@Command(name = "delete", mixinStandardHelpOptions = true,
    description = "Delete a customer; refused while the customer has sales documents (archive it instead).")
public final class DeleteCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NUMBER", description = "The customer's number.")
  String number;

  @Override
  public void run() {
    try (Session session = Session.open(spec)) {
      Customer customer = session.customer(number);
      session.done(session.customers().delete(customer.id()));
      session.out().println("Deleted " + customer.fullName() + ", customer " + customer.number().value() + ".");
    }
  }
}
