package org.customerkit.examples.cli.list;

import java.util.ArrayList;
import java.util.List;
import org.customerkit.core.application.port.in.CustomerList;
import org.customerkit.core.application.port.in.ListRequest;
import org.customerkit.examples.cli.BadInputException;
import org.customerkit.examples.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code search TEXT}: the general search (number, names, address, city, VAT number, email, phone; words
 * ANDed, case and accents ignored); {@code search --where CRITERION ...}: the extended search, criteria ANDed.
 * Both together narrow each other; the view options apply as for {@code list}.
 */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Search customers: general text, or extended with repeated --where, printed as for list.",
        "Criteria: city=Gent, city!=Gent, name~bakkerij, company-name^=bakk,",
        "vat-number= (empty), vat-number!= (not empty), language=nl|fr,",
        "created>2026-01-01, created<2026-01-01, field:vip=yes,",
        "field:since=2020-01-01..2020-12-31, 'city=Gent OR city=Brugge'."})
public final class SearchCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "TEXT", arity = "0..*", description = "General search text.")
  List<String> words = new ArrayList<>();

  @Option(names = "--where", paramLabel = "CRITERION", description = "An extended-search criterion; repeatable.")
  List<String> where = new ArrayList<>();

  @Mixin
  ListOptions options;

  @Override
  public void run() {
    if (words.isEmpty() && where.isEmpty()) {
      throw new BadInputException("Give search text, or at least one --where criterion.");
    }
    try (Session session = Session.open(spec)) {
      ListRequest.Builder request = options.request().where(where);
      if (!words.isEmpty()) {
        request.search(String.join(" ", words));
      }
      CustomerList list = session.done(session.customers().list(request.build()));
      new TablePrinter(session.messages()).print(list, session.out());
    }
  }
}
