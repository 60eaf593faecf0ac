package org.customerkit.examples.cli.check;

/**
 * The verdict on one value, as a line of {@code vat check} or {@code iban check} prints it.
 *
 * @param canonical the value in canonical form; empty when invalid
 * @param valid whether the value passed
 * @param reason the localized refusal when invalid; extra information (the BIC of an IBAN) or empty when valid
 */
record Verdict(String canonical, boolean valid, String reason) {

  static Verdict valid(String canonical, String note) {
    return new Verdict(canonical, true, note);
  }

  static Verdict invalid(String reason) {
    return new Verdict("", false, reason);
  }
}
