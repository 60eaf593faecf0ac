package org.customerkit.core.domain.bank;

import java.util.Locale;
import org.customerkit.core.domain.contact.CountryCode;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;

/**
 * A Business Identifier Code (ISO 9362, the "SWIFT code") of a bank: four letters for the bank, the
 * ISO country code, two letters or digits for the location and, optionally, three for the branch, e.g.
 * {@code GEBABEBB} or {@code NBBEBEBB203}.
 *
 * <p>{@link #parse} accepts the code with spaces and in any case ({@code "bbru bebb"}) and keeps it in
 * upper case without spaces. An eight-character code and the same code with branch {@code XXX} stay two
 * different values; compare {@link #bank8()} to ask whether two codes name the same bank office.
 */
public final class Bic {

  /** Kosovo: not in ISO 3166-1, yet the country code of its banks' BICs and IBANs. */
  private static final String KOSOVO = "XK";

  private final String value;

  private Bic(String value) {
    this.value = value;
  }

  /**
   * Parses a BIC as typed. Refusals name the field {@code bic}: {@code REQUIRED} when blank,
   * {@code INVALID_CHARACTERS} for anything but ASCII letters and digits, {@code INVALID_LENGTH} unless 8 or
   * 11 characters, {@code INVALID_FORMAT} when the bank code is not four letters, {@code UNKNOWN_COUNTRY}
   * (with the code) when the country is not an ISO country.
   *
   * @param text the code as typed, may be null
   */
  public static Parsed<Bic> parse(String text) {
    if (text == null || text.isBlank()) {
      return Parsed.invalid("bic", Reason.REQUIRED);
    }
    StringBuilder compact = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      if (!isAsciiLetterOrDigit(c)) {
        return Parsed.invalid("bic", Reason.INVALID_CHARACTERS);
      }
      compact.append(c);
    }
    String code = compact.toString().toUpperCase(Locale.ROOT);
    if (code.length() != 8 && code.length() != 11) {
      return Parsed.invalid("bic", Reason.INVALID_LENGTH);
    }
    for (int i = 0; i < 6; i++) {
      if (code.charAt(i) < 'A' || code.charAt(i) > 'Z') {
        return Parsed.invalid("bic", Reason.INVALID_FORMAT);
      }
    }
    String country = code.substring(4, 6);
    if (!country.equals(KOSOVO) && !CountryCode.parse(country).isValid()) {
      return Parsed.invalid("bic", Reason.UNKNOWN_COUNTRY, country);
    }
    return Parsed.valid(new Bic(code));
  }

  /** The BIC of a text known to be good; an {@code InvalidValueException} otherwise. */
  public static Bic of(String text) {
    return parse(text).orThrow();
  }

  static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** The code, 8 or 11 upper-case characters without spaces. */
  public String value() {
    return value;
  }

  /** The first eight characters: bank, country and location, without the branch. */
  public String bank8() {
    return value.substring(0, 8);
  }

  /** The two-letter country code (characters 5 and 6). */
  public String countryCode() {
    return value.substring(4, 6);
  }

  /** The branch code (characters 9 to 11), or {@code XXX} for an eight-character code. */
  public String branch() {
    return value.length() == 11 ? value.substring(8) : "XXX";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bic bic && bic.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
