package org.customerkit.examples.cli.card;

import org.customerkit.core.domain.customer.Customer;
import org.customerkit.examples.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code show NUMBER}: prints a customer's card, every section. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print a customer's card.")
public final class ShowCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NUMBER", description = "The customer's number.")
  String number;

  @Override
  public void run() {
    try (Session session = Session.open(spec)) {
      Customer customer = session.customer(number);
      new CardPrinter(session.messages(), session.customers().fields()).print(customer, session.out());
    }
  }
}
