package org.customerkit.examples.host;

/** The kinds of sales document the sample host keeps, with the prefix of their numbers. */
public enum DocumentKind {
  INVOICE("F"),
  QUOTE("O");

  private final String prefix;

  DocumentKind(String prefix) {
    this.prefix = prefix;
  }

  /** {@code F} (factuur) for an invoice, {@code O} (offerte) for a quote. */
  public String prefix() {
    return prefix;
  }
}
