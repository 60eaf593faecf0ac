package org.customerkit.examples.cli.card;

import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.examples.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code add}: registers a customer and prints its number alone on the last line. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Register a customer; prints its number alone on the last line.")
public final class AddCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Mixin
  CardOptions card;

  @Override
  public void run() {
    try (Session session = Session.open(spec)) {
      CustomerForm form = card.applyTo(CustomerForm.builder().build());
      Customer customer = session.done(session.customers().register(new RegisterCustomer.Command(form)),
          spec.commandLine().getErr());
      session.out().println("Registered " + customer.fullName() + ".");
      session.out().println(customer.number().value());
    }
  }
}
