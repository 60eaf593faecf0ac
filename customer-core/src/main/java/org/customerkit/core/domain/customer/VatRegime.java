package org.customerkit.core.domain.customer;

/**
 * How VAT applies to sales to this customer; copied into each sales document, where it may be changed for
 * that document alone.
 */
public enum VatRegime {
  /** A Belgian business: Belgian VAT. */
  DOMESTIC,
  /** A business in another EU member state: intra-Community supply, no Belgian VAT. */
  INTRA_EU,
  /** A customer outside the EU: export. */
  EXPORT,
  /** The customer pays the VAT (co-contracting, e.g. construction). */
  REVERSE_CHARGE,
  /** Sales exempt from VAT. */
  EXEMPT,
  /** A private person (consumer): Belgian VAT, no VAT number. */
  PRIVATE_PERSON
}
