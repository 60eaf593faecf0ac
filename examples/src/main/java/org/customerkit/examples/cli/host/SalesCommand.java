package org.customerkit.examples.cli.host;

import org.customerkit.core.domain.customer.Customer;
import org.customerkit.examples.cli.Session;
import org.customerkit.examples.host.DocumentKind;
import org.customerkit.examples.host.SalesDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sales add-invoice|add-quote}: the sample host's sales documents, each printing its id last. */
@Command(name = "sales", mixinStandardHelpOptions = true,
    description = "The sample host's sales documents: add-invoice, add-quote.")
public final class SalesCommand {

  @Spec
  CommandSpec spec;

  @Command(name = "add-invoice", mixinStandardHelpOptions = true,
      description = "Add an invoice for a customer; prints the document's id alone on the last line.")
  void addInvoice(@Parameters(paramLabel = "NUMBER", description = "The customer's number.") String number,
      @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "Total in euro.")
      String amount,
      @Option(names = "--date", paramLabel = "DATE", description = "Document date, year-month-day; default today.")
      String date) {
    add(DocumentKind.INVOICE, number, amount, date);
  }

  @Command(name = "add-quote", mixinStandardHelpOptions = true,
      description = "Add a quote for a customer; prints the document's id alone on the last line.")
  void addQuote(@Parameters(paramLabel = "NUMBER", description = "The customer's number.") String number,
      @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "Total in euro.")
      String amount,
      @Option(names = "--date", paramLabel = "DATE", description = "Document date, year-month-day; default today.")
      String date) {
    add(DocumentKind.QUOTE, number, amount, date);
  }

  private void add(DocumentKind kind, String number, String amount, String date) {
    try (Session session = Session.open(spec)) {
      Customer customer = session.customer(number);
      SalesDocument document = session.host().sales().add(customer.tenant(), customer.id(), kind,
          Amounts.date(date), Amounts.amount(amount));
      session.out().println((kind == DocumentKind.INVOICE ? "Invoice " : "Quote ") + document.number() + " of "
          + document.date() + " for " + customer.fullName() + ": EUR " + document.amount().toPlainString() + ".");
      session.out().println(document.id());
    }
  }
}
