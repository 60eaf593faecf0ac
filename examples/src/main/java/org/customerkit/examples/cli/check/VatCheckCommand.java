package org.customerkit.examples.cli.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.examples.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vat check}: checks VAT numbers by their format and check digits, one output line a number. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check VAT numbers by format and check digits.",
        "Prints input<TAB>canonical<TAB>valid|invalid<TAB>reason for each, in input order; exits 0 whatever the"
            + " verdicts."})
public final class VatCheckCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "NUMBER", arity = "0..*", description = "VAT numbers, such as 'BE 0403.019.261'.")
  List<String> values = new ArrayList<>();

  @Option(names = "--file", paramLabel = "FILE", description = "Read the numbers from FILE, one a line ('-' for"
      + " standard input).")
  Path file;

  @Override
  public void run() {
    Locale locale = Session.options(spec).locale();
    new CheckLines(text -> verdict(text, locale), spec.commandLine().getOut()).run(values, file);
  }

  static Verdict verdict(String text, Locale locale) {
    Parsed<VatNumber> parsed = VatNumber.parse(text);
    if (parsed instanceof Parsed.Invalid<VatNumber> invalid) {
      return Verdict.invalid(invalid.refusal().message(locale));
    }
    return Verdict.valid(parsed.orThrow().canonical(), "");
  }
}
