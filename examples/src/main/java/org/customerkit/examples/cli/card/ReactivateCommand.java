package org.customerkit.examples.cli.card;

import org.customerkit.core.domain.customer.Customer;
import org.customerkit.examples.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reactivate NUMBER}: makes an archived customer active again. */
@Command(name = "reactivate", mixinStandardHelpOptions = true, description = "Reactivate an archived customer.")
public final class ReactivateCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NUMBER", description = "The customer's number.")
  String number;

  @Override
  public void run() {
    try (Session session = Session.open(spec)) {
      Customer customer = session.done(session.customers().reactivate(session.customer(number).id()));
      session.out().println("Reactivated " + customer.fullName() + ", customer " + customer.number().value()
          + ".");
    }
  }
}
