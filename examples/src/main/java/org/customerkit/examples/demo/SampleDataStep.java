package org.customerkit.examples.demo;

import java.util.List;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.examples.cli.Session;
import org.customerkit.testkit.sample.SampleCustomers;
import org.customerkit.testkit.sample.SampleFields;

/**
 * Defines the sample extra fields and registers the sample customers through the customer module, a batch of
 * them per transaction.
 */
final class SampleDataStep implements DemoStep {

  /** Customers registered per transaction. */
  private static final int BATCH = 100;

  private final int count;
  private final long seed;

  SampleDataStep(int count, long seed) {
    this.count = count;
    this.seed = seed;
  }

  @Override
  public String heading() {
    return "Sample data: " + count + " customers, seed " + seed;
  }

  @Override
  public void run(DemoContext context) {
    long start = System.nanoTime();
    try (Session session = Session.open(context.options(), context.out())) {
      Customers customers = session.customers();
      SampleFields.definitions().forEach(definition -> session.done(customers.define(definition)));
      List<CustomerForm> forms = new SampleCustomers(seed).next(count);
      for (int from = 0; from < forms.size(); from += BATCH) {
        List<CustomerForm> batch = forms.subList(from, Math.min(forms.size(), from + BATCH));
        session.inTransaction(() -> {
          batch.forEach(form -> session.done(customers.register(new RegisterCustomer.Command(form))));
          return batch.size();
        });
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    context.out().println("Registered " + count + " customers (Belgian and EU companies and persons, valid VAT"
        + " numbers and IBANs, extra addresses, extra fields region, birthday, vip) in " + millis + " ms.");
  }
}
