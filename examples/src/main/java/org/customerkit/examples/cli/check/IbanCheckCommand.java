package org.customerkit.examples.cli.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.customerkit.core.domain.bank.Bic;
import org.customerkit.core.domain.bank.Iban;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.examples.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iban check}: checks IBANs (length, mod 97, and for Belgium the national check and a known bank code),
 * one output line an IBAN; the reason column of a valid IBAN carries the BIC where it is known.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check IBANs: country length, check digits, and for Belgium the national check and bank code.",
        "Prints input<TAB>canonical<TAB>valid|invalid<TAB>reason for each (for a valid IBAN the reason is the"
            + " BIC where known); exits 0 whatever the verdicts."})
public final class IbanCheckCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "IBAN", arity = "0..*", description = "IBANs, such as 'BE71 0961 2345 6769'.")
  List<String> values = new ArrayList<>();

  @Option(names = "--file", paramLabel = "FILE", description = "Read the IBANs from FILE, one a line ('-' for"
      + " standard input).")
  Path file;

  @Override
  public void run() {
    Locale locale = Session.options(spec).locale();
    new CheckLines(text -> verdict(text, locale), spec.commandLine().getOut()).run(values, file);
  }

  static Verdict verdict(String text, Locale locale) {
    Parsed<Iban> parsed = Iban.parse(text);
    if (parsed instanceof Parsed.Invalid<Iban> invalid) {
      return Verdict.invalid(invalid.refusal().message(locale));
    }
    Iban iban = parsed.orThrow();
    return Verdict.valid(iban.canonical(), iban.bic().map(Bic::value).orElse(""));
  }
}
