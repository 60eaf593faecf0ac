package org.customerkit.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.examples.cli.ExitCodes;

/**
 * The tour, step by step: sample data, the three built-in views sorted on two columns and flipped, a next
 * page, a general and an extended search, a saved view, the Klantenlijst as CSV, XLSX and PDF and a saved
 * report definition, a customer card, a card refused in another language, a sales invoice and the refused delete,
 * archiving instead. Later
 * capabilities (import) add their steps here.
 */
final class DemoTour {

  private static final String FEATURED = "featured";

  private DemoTour() {}

  static List<DemoStep> steps(int customers, long seed) {
    List<DemoStep> steps = new ArrayList<>();
    steps.add(new SampleDataStep(customers, seed));
    steps.add(DemoStep.of("Checking VAT numbers and IBANs", c -> {
      c.cli(ExitCodes.DONE, "vat", "check", "BE 0403.019.261", "be403019262", "NL 806753742B01");
      c.cli(ExitCodes.DONE, "iban", "check", "BE71 0961 2345 6769", "BE71 0961 2345 6760");
    }));
    for (String view : List.of("all", "without-vat", "with-vat")) {
      steps.add(DemoStep.of("View " + view + ", sorted on city, then company name (number breaks ties)",
          c -> c.cli(ExitCodes.DONE, "list", "--view", view, "--sort", "city", "--sort", "company-name",
              "--sort", "number", "--page-size", "5")));
      steps.add(DemoStep.of("View " + view + ", city flipped (the city title clicked again)",
          c -> c.cli(ExitCodes.DONE, "list", "--view", view, "--sort", "city", "--sort", "company-name",
              "--sort", "number", "--toggle", "city", "--page-size", "5")));
    }
    steps.add(DemoStep.of("The next page, by its cursor", c -> {
      String first = c.cli(ExitCodes.DONE, "list", "--view", "with-vat", "--sort", "full-name", "--sort", "number",
          "--columns", "number,full-name,vat-number", "--page-size", "3");
      c.cli(ExitCodes.DONE, "list", "--view", "with-vat", "--sort", "full-name", "--sort", "number",
          "--columns", "number,full-name,vat-number", "--page-size", "3", "--after", DemoContext.nextCursor(first));
    }));
    steps.add(DemoStep.of("General search: words anywhere, case and accents ignored", c -> c.cli(ExitCodes.DONE,
        "search", "emile", "gent", "--page-size", "5", "--total")));
    steps.add(DemoStep.of("Extended search: criteria ANDed", c -> c.cli(ExitCodes.DONE, "search",
        "--where", "city=Gent OR city=Brugge", "--where", "vat-number!=", "--where", "field:vip=yes",
        "--columns", "number,full-name,city,vat-number,field:vip", "--page-size", "5", "--total")));
    steps.add(DemoStep.of("A saved view, then used", c -> {
      c.cli(ExitCodes.DONE, "views", "save", "brussels-vip", "--where", "field:region=Brussel",
          "--where", "field:vip=yes", "--columns", "number,full-name,postal-code,city,language,field:vip",
          "--sort", "postal-code", "--sort", "full-name:desc", "--sort", "number");
      c.cli(ExitCodes.DONE, "views", "list");
      c.cli(ExitCodes.DONE, "list", "--view", "brussels-vip", "--page-size", "5");
    }));
    steps.add(DemoStep.of("Reports: the Klantenlijst as CSV, XLSX and PDF, and a saved definition", c -> {
      for (String format : List.of("csv", "xlsx", "pdf")) {
        c.cli(ExitCodes.DONE, "report", "--format", format, "-o", c.dir().resolve("klantenlijst." + format)
            .toString());
      }
      for (String format : List.of("csv", "xlsx", "pdf")) {
        Path file = c.dir().resolve("klantenlijst." + format);
        c.out().println("  " + file + "  " + size(file) + " bytes");
      }
      c.cli(ExitCodes.DONE, "reports", "save", "gent-brugge", "--title", "Customers in Gent and Brugge",
          "--where", "city=Gent OR city=Brugge", "--columns", "number,full-name,address,city,phone,vat-number",
          "--sort", "full-name", "--group-by", "city", "--landscape");
      c.cli(ExitCodes.DONE, "reports", "list");
      c.cli(ExitCodes.DONE, "report", "--definition", "gent-brugge", "--format", "pdf", "-o",
          c.dir().resolve("gent-brugge.pdf").toString());
    }));
    steps.add(DemoStep.of("A new customer and its card", c -> {
      String added = c.cli(ExitCodes.DONE, "add", "--company", "Brasserie Émile Lefèvre", "--legal-form", "SRL",
          "--vat", "BE 0403.019.261", "--street", "Rue de la Station", "--house-number", "12", "--box", "3",
          "--postal-code", "4000", "--city", "Liège", "--phone", "04 223 45 67", "--email", "info@lefevre.be",
          "--iban", "BE71 0961 2345 6769", "--language", "fr", "--payment-term", "14",
          "--delivery-address", "Quai de la Batte|10||4000|Liège", "--contact", "Émile Lefèvre|Gérant",
          "--field", "region=Wallonië",
          "--field", "vip=yes");
      c.remember(FEATURED, DemoContext.lastLine(added));
      c.cli(ExitCodes.DONE, "edit", c.recall(FEATURED), "--mobile", "0475 12 34 56", "--discount", "5");
      c.cli(ExitCodes.DONE, "show", c.recall(FEATURED));
    }));
    steps.add(DemoStep.of("A card the rules refuse, in French (--lang): every wrong field named at once",
        c -> c.cliIn(Language.FR, ExitCodes.BAD_INPUT, "add", "--company", "Boulangerie Dupont", "--vat",
            "BE 0403.019.262", "--email", "dupont@", "--postal-code", "40")));
    steps.add(DemoStep.of("An invoice in the host's books, so the delete is refused", c -> {
      c.cli(ExitCodes.DONE, "sales", "add-invoice", c.recall(FEATURED), "--amount", "1210.00",
          "--date", "2026-03-31");
      c.cli(ExitCodes.REFUSED, "delete", c.recall(FEATURED));
    }));
    steps.add(DemoStep.of("Archived instead: hidden from the list", c -> {
      c.cli(ExitCodes.DONE, "archive", c.recall(FEATURED));
      c.cli(ExitCodes.DONE, "search", "--where", "number=" + c.recall(FEATURED), "--total");
      c.cli(ExitCodes.DONE, "search", "--where", "number=" + c.recall(FEATURED), "--archived", "--total",
          "--columns", "number,full-name,city");
    }));
    return steps;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file, e);
    }
  }
}
