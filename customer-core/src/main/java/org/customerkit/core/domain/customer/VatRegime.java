package org.customerkit.core.domain.customer;

import java.util.Optional;
import org.customerkit.core.domain.fiscal.VatNumber;

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
  PRIVATE_PERSON;

  /**
   * The regime a new customer gets when the user chose none: by the VAT number's country (Belgian, another
   * member state, elsewhere), and without a VAT number private person for a person, domestic for a company.
   */
  public static VatRegime defaultFor(Optional<VatNumber> vat, boolean person) {
    if (vat.isEmpty()) {
      return person ? PRIVATE_PERSON : DOMESTIC;
    }
    if (vat.get().isBelgian()) {
      return DOMESTIC;
    }
    return vat.get().isOfMemberState() ? INTRA_EU : EXPORT;
  }
}
