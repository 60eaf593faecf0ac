package org.customerkit.examples.cli.list;

import org.customerkit.core.application.port.in.CustomerList;
import org.customerkit.examples.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code list}: one page of a view, as an aligned table with the next page's cursor last. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Print one page of a view as an aligned table, the next page's cursor last.",
        "A header line, one customer a line, 'total: N' with --total, and last 'next: CURSOR' ('next: -' on the"
            + " last page)."})
public final class ListCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Mixin
  ListOptions options;

  @Override
  public void run() {
    try (Session session = Session.open(spec)) {
      CustomerList list = session.done(session.customers().list(options.request().build()));
      new TablePrinter(session.messages()).print(list, session.out());
    }
  }
}
