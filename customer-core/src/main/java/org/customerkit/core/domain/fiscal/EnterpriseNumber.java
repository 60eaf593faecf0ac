package org.customerkit.core.domain.fiscal;

import java.util.Objects;
import java.util.Optional;
import org.customerkit.core.domain.shared.InvalidValueException;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;

/**
 * A Belgian enterprise number (ondernemingsnummer, numéro d'entreprise) as the Crossroads Bank for Enterprises
 * (KBO/BCE) gives it out: ten digits, the first {@code 0} or {@code 1}, the last two a mod-97 check
 * ({@code first eight + last two} is a multiple of 97). A Belgian VAT number is the same ten digits behind
 * {@code BE}, so the two convert freely ({@link #toVatNumber()}, {@link #fromVatNumber(VatNumber)}).
 *
 * <p>{@link #parse(String)} accepts what people write: {@code 0403.019.261}, {@code 0403 019 261}, the legacy nine
 * digits {@code 403019261}, {@code (0)403019261} and the VAT form {@code BE0403019261}. Equal numbers are equal
 * whatever form they were typed in; {@link #toString()} is the ten digits, {@link #display()} the dotted KBO form.
 */
public final class EnterpriseNumber {

  private static final String FIELD = "enterpriseNumber";

  private final String digits;

  private EnterpriseNumber(String digits) {
    this.digits = digits;
  }

  /** The enterprise number in {@code text}, or the refusal that says why there is none; never throws. */
  public static Parsed<EnterpriseNumber> parse(String text) {
    if (text == null || text.isBlank()) {
      return Parsed.invalid(FIELD, Reason.REQUIRED);
    }
    if (text.length() > NumberText.MAX_INPUT_LENGTH) {
      return Parsed.invalid(FIELD, Reason.INVALID_LENGTH);
    }
    String cleaned = NumberText.clean(text);
    if (cleaned.isEmpty()) {
      return Parsed.invalid(FIELD, Reason.REQUIRED);
    }
    if (cleaned.startsWith("BE")) {
      cleaned = NumberText.afterPrefix(cleaned);
      if (cleaned.startsWith("BE")) {
        return Parsed.invalid(FIELD, Reason.DUPLICATED_PREFIX);
      }
    }
    String number = compact(cleaned);
    Optional<Reason> refusal = refusalOf(number);
    return refusal.isPresent()
        ? Parsed.invalid(FIELD, refusal.get())
        : Parsed.valid(new EnterpriseNumber(number));
  }

  /** For input known to be good; an {@link InvalidValueException} otherwise. */
  public static EnterpriseNumber of(String text) {
    return parse(text).orThrow();
  }

  /**
   * The enterprise number of a Belgian VAT number; an {@link InvalidValueException} (reason
   * {@link Reason#UNKNOWN_COUNTRY}) for a VAT number of another country. {@link VatNumber#enterpriseNumber()}
   * is the form that does not throw.
   */
  public static EnterpriseNumber fromVatNumber(VatNumber vatNumber) {
    Objects.requireNonNull(vatNumber, "vatNumber");
    return vatNumber.enterpriseNumber().orElseThrow(() -> new InvalidValueException(
        Refusal.of(FIELD, Reason.UNKNOWN_COUNTRY, vatNumber.countryCode())));
  }

  /** For ten digits that already passed {@link #refusalOf}. */
  static EnterpriseNumber ofChecked(String digits) {
    return new EnterpriseNumber(digits);
  }

  /** Belgian shortest form: a leading {@code (0)} becomes {@code 0}, and nine digits get their leading 0 back. */
  static String compact(String number) {
    String n = number.startsWith("(0)") ? "0" + number.substring(3) : number;
    return n.length() == 9 && CheckDigits.isDigits(n) ? "0" + n : n;
  }

  /** Why ten Belgian digits are not an enterprise number, in python-stdnum's order; empty when they are one. */
  static Optional<Reason> refusalOf(String number) {
    if (!CheckDigits.isDigits(number) || CheckDigits.isZeros(number)) {
      return Optional.of(Reason.INVALID_FORMAT);
    }
    if (number.length() != 10) {
      return Optional.of(Reason.INVALID_LENGTH);
    }
    if (number.charAt(0) != '0' && number.charAt(0) != '1') {
      return Optional.of(Reason.INVALID_COMPONENT);
    }
    long sum = CheckDigits.value(number.substring(0, 8)) + CheckDigits.value(number.substring(8));
    return sum % 97 == 0 ? Optional.empty() : Optional.of(Reason.INVALID_CHECKSUM);
  }

  /** The ten digits, e.g. {@code 0403019261}. */
  public String digits() {
    return digits;
  }

  /** The KBO display form {@code 0403.019.261}. */
  public String display() {
    return dotted(digits);
  }

  /** Ten digits in the KBO display form: {@code 0403019261} as {@code 0403.019.261}. */
  private static String dotted(String digits) {
    return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
  }

  /** The Belgian VAT number with the same digits, {@code BE0403019261}. */
  public VatNumber toVatNumber() {
    return VatNumber.ofChecked(VatCountry.BE, digits);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EnterpriseNumber e && e.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** The ten digits, as {@link #digits()}. */
  @Override
  public String toString() {
    return digits;
  }
}
