package org.customerkit.core.domain.bank;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;

/**
 * An International Bank Account Number (ISO 13616): two-letter country, two check digits and the
 * country's Basic Bank Account Number (BBAN), e.g. {@code BE48320070184927}.
 *
 * <p>{@link #parse} takes the number as people write it ({@code "IBAN BE48 3200 7018 4927"},
 * {@code "be48-320-0701849-27"}) and checks, in this order: the characters, the country (one of the SWIFT
 * IBAN registry), the length and the BBAN structure the registry gives for that country, and the mod-97 check
 * digits, which must lie between 02 and 98 as ISO 7064 computes them. A Belgian IBAN is also checked against
 * its national check digits, and its bank code is looked up in the National Bank's list of bank codes, which
 * gives its {@link #bic()}. A bank code missing from the bundled list is accepted, since the National Bank
 * assigns new codes every year: such an IBAN has no {@link #belgianBank()} and no {@link #bic()}, and
 * {@link #unlistedBelgianBankCode()} names the code so that a warning can say so. The textbook example
 * {@code BE68 5390 0754 7034} is one: the list has no bank with code 539.
 *
 * <p>An {@code Iban} is always valid; equality is on the {@link #canonical()} form.
 */
public final class Iban {

  private static final String FIELD = "iban";
  private static final Pattern STRUCTURE_PART = Pattern.compile("(\\d+)!?([nac])");

  /**
   * BBAN structure per country, from the SWIFT IBAN registry: {@code n} digits, {@code a} upper-case
   * letters, {@code c} letters or digits, each with its fixed count. The IBAN is 4 characters longer.
   */
  private static final Map<String, Country> COUNTRIES = countries(
      "AD 4!n4!n12!c", "AE 3!n16!n", "AL 8!n16!c", "AT 5!n11!n", "AZ 4!a20!c",
      "BA 3!n3!n8!n2!n", "BE 3!n7!n2!n", "BG 4!a4!n2!n8!c", "BH 4!a14!c", "BI 5!n5!n11!n2!n",
      "BR 8!n5!n10!n1!a1!c", "BY 4!c4!n16!c", "CH 5!n12!c", "CR 4!n14!n", "CY 3!n5!n16!c",
      "CZ 4!n6!n10!n", "DE 8!n10!n", "DJ 5!n5!n11!n2!n", "DK 4!n9!n1!n", "DO 4!c20!n",
      "EE 2!n14!n", "EG 4!n4!n17!n", "ES 4!n4!n1!n1!n10!n", "FI 3!n11!n", "FK 2!a12!n",
      "FO 4!n9!n1!n", "FR 5!n5!n11!c2!n", "GB 4!a6!n8!n", "GE 2!a16!n", "GI 4!a15!c",
      "GL 4!n9!n1!n", "GR 3!n4!n16!c", "GT 4!c20!c", "HN 4!a20!n", "HR 7!n10!n",
      "HU 3!n4!n1!n15!n1!n", "IE 4!a6!n8!n", "IL 3!n3!n13!n", "IQ 4!a3!n12!n", "IS 4!n2!n6!n10!n",
      "IT 1!a5!n5!n12!c", "JO 4!a4!n18!c", "KW 4!a22!c", "KZ 3!n13!c", "LB 4!n20!c",
      "LC 4!a24!c", "LI 5!n12!c", "LT 5!n11!n", "LU 3!n13!c", "LV 4!a13!c",
      "LY 3!n3!n15!n", "MC 5!n5!n11!c2!n", "MD 2!c18!c", "ME 3!n13!n2!n", "MK 3!n10!c2!n",
      "MN 4!n12!n", "MR 5!n5!n11!n2!n", "MT 4!a5!n18!c", "MU 4!a2!n2!n12!n3!n3!a", "NI 4!a20!n",
      "NL 4!a10!n", "NO 4!n6!n1!n", "OM 3!n16!c", "PK 4!a16!c", "PL 8!n16!n",
      "PS 4!a21!c", "PT 4!n4!n11!n2!n", "QA 4!a21!c", "RO 4!a16!c", "RS 3!n13!n2!n",
      "RU 9!n5!n15!c", "SA 2!n18!c", "SC 4!a2!n2!n16!n3!a", "SD 2!n12!n", "SE 3!n16!n1!n",
      "SI 5!n8!n2!n", "SK 4!n6!n10!n", "SM 1!a5!n5!n12!c", "SO 4!n3!n12!n", "ST 8!n11!n2!n",
      "SV 4!a20!n", "TL 3!n14!n2!n", "TN 2!n3!n13!n2!n", "TR 5!n1!n16!c", "UA 6!n19!c",
      "VA 3!n15!n", "VG 4!a16!n", "XK 4!n10!n2!n", "YE 4!a4!n18!c");

  private record Country(int length, Pattern bban) {}

  private final String canonical;

  private Iban(String canonical) {
    this.canonical = canonical;
  }

  /**
   * Parses an IBAN as typed: spaces, dashes and dots are dropped, letters upper-cased, and an {@code IBAN}
   * prefix is allowed. Refusals name the field {@code iban}: {@code REQUIRED}, {@code INVALID_CHARACTERS},
   * {@code INVALID_FORMAT}, {@code UNKNOWN_COUNTRY} (with the code), {@code INVALID_LENGTH},
   * {@code INVALID_CHECKSUM}, and for Belgium {@code INVALID_NATIONAL_CHECKSUM}. An unlisted Belgian bank
   * code is not refused.
   *
   * @param text the IBAN as typed, may be null
   */
  public static Parsed<Iban> parse(String text) {
    if (text == null || text.isBlank()) {
      return Parsed.invalid(FIELD, Reason.REQUIRED);
    }
    String input = withoutPrefix(text.strip());
    StringBuilder compact = new StringBuilder(input.length());
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (isSeparator(c)) {
        continue;
      }
      if (!Bic.isAsciiLetterOrDigit(c)) {
        return Parsed.invalid(FIELD, Reason.INVALID_CHARACTERS);
      }
      compact.append(c);
    }
    String iban = compact.toString().toUpperCase(Locale.ROOT);
    if (iban.isEmpty()) {
      return Parsed.invalid(FIELD, Reason.REQUIRED);
    }
    if (iban.length() < 2) {
      return Parsed.invalid(FIELD, Reason.INVALID_LENGTH);
    }
    String countryCode = iban.substring(0, 2);
    if (!isLetter(countryCode.charAt(0)) || !isLetter(countryCode.charAt(1))) {
      return Parsed.invalid(FIELD, Reason.INVALID_FORMAT);
    }
    Country country = COUNTRIES.get(countryCode);
    if (country == null) {
      return Parsed.invalid(FIELD, Reason.UNKNOWN_COUNTRY, countryCode);
    }
    if (iban.length() != country.length()) {
      return Parsed.invalid(FIELD, Reason.INVALID_LENGTH);
    }
    if (!isDigit(iban.charAt(2)) || !isDigit(iban.charAt(3))
        || !country.bban().matcher(iban.substring(4)).matches()) {
      return Parsed.invalid(FIELD, Reason.INVALID_FORMAT);
    }
    String checkDigits = iban.substring(2, 4);
    if (checkDigits.equals("00") || checkDigits.equals("01") || checkDigits.equals("99")
        || mod97(iban.substring(4) + iban.substring(0, 4)) != 1) {
      return Parsed.invalid(FIELD, Reason.INVALID_CHECKSUM);
    }
    if (countryCode.equals("BE")) {
      return checkBelgian(iban);
    }
    return Parsed.valid(new Iban(iban));
  }

  /** The IBAN of a text known to be good; an {@code InvalidValueException} otherwise. */
  public static Iban of(String text) {
    return parse(text).orThrow();
  }

  private static Parsed<Iban> checkBelgian(String iban) {
    String bban = iban.substring(4);
    long account = Long.parseLong(bban.substring(0, 10));
    int expected = (int) (account % 97);
    if ((expected == 0 ? 97 : expected) != Integer.parseInt(bban.substring(10))) {
      return Parsed.invalid(FIELD, Reason.INVALID_NATIONAL_CHECKSUM);
    }
    return Parsed.valid(new Iban(iban));
  }

  private static String withoutPrefix(String text) {
    if (!text.regionMatches(true, 0, "IBAN", 0, 4)) {
      return text;
    }
    String rest = text.substring(4).stripLeading();
    return rest.startsWith(":") ? rest.substring(1) : rest;
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '.'
        || Character.getType(c) == Character.DASH_PUNCTUATION;
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** ISO 7064 MOD 97-10 over letters and digits, letters counting as 10 (A) to 35 (Z). */
  private static int mod97(String alphanumeric) {
    int remainder = 0;
    for (int i = 0; i < alphanumeric.length(); i++) {
      char c = alphanumeric.charAt(i);
      if (isDigit(c)) {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      }
    }
    return remainder;
  }

  private static Map<String, Country> countries(String... entries) {
    Map<String, Country> countries = new HashMap<>();
    for (String entry : entries) {
      String code = entry.substring(0, 2);
      StringBuilder regex = new StringBuilder();
      int length = 4;
      Matcher part = STRUCTURE_PART.matcher(entry.substring(3));
      while (part.find()) {
        int count = Integer.parseInt(part.group(1));
        length += count;
        regex.append(switch (part.group(2)) {
          case "n" -> "[0-9]";
          case "a" -> "[A-Z]";
          default -> "[A-Z0-9]";
        }).append('{').append(count).append('}');
      }
      countries.put(code, new Country(length, Pattern.compile(regex.toString())));
    }
    return Map.copyOf(countries);
  }

  /** The IBAN in electronic form: upper case, no spaces, e.g. {@code BE48320070184927}. */
  public String canonical() {
    return canonical;
  }

  /** The IBAN in print form: groups of four separated by a space, e.g. {@code BE48 3200 7018 4927}. */
  public String display() {
    StringBuilder display = new StringBuilder(canonical.length() + canonical.length() / 4);
    for (int i = 0; i < canonical.length(); i += 4) {
      if (i > 0) {
        display.append(' ');
      }
      display.append(canonical, i, Math.min(i + 4, canonical.length()));
    }
    return display.toString();
  }

  /**
   * The two-letter country code, e.g. {@code BE}. A plain string because one IBAN country, Kosovo
   * ({@code XK}), has no ISO 3166-1 code.
   */
  public String countryCode() {
    return canonical.substring(0, 2);
  }

  public boolean isBelgian() {
    return canonical.startsWith("BE");
  }

  /** The national account number after country and check digits, e.g. {@code 320070184927}. */
  public String bban() {
    return canonical.substring(4);
  }

  /** For a Belgian IBAN, the bank that its bank code (first three BBAN digits) belongs to; else empty. */
  public Optional<BelgianBanks.Bank> belgianBank() {
    return isBelgian() ? BelgianBanks.byCode(bban().substring(0, 3)) : Optional.empty();
  }

  /**
   * For a Belgian IBAN whose bank code the bundled list of {@link BelgianBanks} does not hold, that three-digit
   * code; empty for a listed code and for other countries.
   */
  public Optional<String> unlistedBelgianBankCode() {
    return isBelgian() && belgianBank().isEmpty() ? Optional.of(bban().substring(0, 3)) : Optional.empty();
  }

  /**
   * The BIC of the account's bank, derived for a Belgian IBAN from its bank code; empty for other
   * countries and for the few Belgian bank codes without a BIC.
   */
  public Optional<Bic> bic() {
    return belgianBank().flatMap(BelgianBanks.Bank::bic);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Iban iban && iban.canonical.equals(canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  @Override
  public String toString() {
    return canonical;
  }
}
