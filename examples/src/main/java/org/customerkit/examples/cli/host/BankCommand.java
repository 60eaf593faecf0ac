package org.customerkit.examples.cli.host;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.examples.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bank add-payment}: a payment the sample host's bank statement brought in. */
@Command(name = "bank", mixinStandardHelpOptions = true, description = "The sample host's bank: add-payment.")
public final class BankCommand {

  @Spec
  CommandSpec spec;

  @Command(name = "add-payment", mixinStandardHelpOptions = true,
      description = "Record a customer's payment; prints the payment's id alone on the last line.")
  void addPayment(@Parameters(paramLabel = "NUMBER", description = "The customer's number.") String number,
      @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "Amount in euro.")
      String amount,
      @Option(names = "--date", paramLabel = "DATE", description = "Payment date, year-month-day; default today.")
      String date) {
    try (Session session = Session.open(spec)) {
      Customer customer = session.customer(number);
      BigDecimal paid = Amounts.amount(amount);
      LocalDate on = Amounts.date(date);
      long id = session.host().bank().add(customer.tenant(), customer.id(), on, paid);
      session.out().println("Payment of EUR " + paid.toPlainString() + " on " + on + " from " + customer.fullName()
          + ".");
      session.out().println(id);
    }
  }
}
