package org.customerkit.core.domain.fiscal;

import java.util.Locale;
import java.util.Optional;
import org.customerkit.core.domain.shared.InvalidValueException;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;

/**
 * A VAT identification number of an EU member state, of Northern Ireland ({@code XI}) or of the United
 * Kingdom ({@code GB}), or a One Stop Shop number ({@code EU}, {@code IM}), that has passed its country's format
 * and check-digit rules. It says nothing about registration: whether the number is in use is for VIES to
 * answer, and a number that VIES does not know is still a well-formed {@code VatNumber}.
 *
 * <h2>Rules</h2>
 * Each country has its own: Belgium ten digits starting 0 or 1 with a mod-97 check, the Netherlands nine
 * digits + {@code B} + two digits under the eleven-proof or ISO 7064 mod 97, Germany ISO 7064 mod 11,10,
 * Spain a DNI, NIE or CIF with a check letter, France a check key over the SIREN, and so on for all 27 member
 * states; they follow python-stdnum's country modules. Rules that depend on today's date are left out (a birth
 * date in a personal number may lie in the future). A refusal names one reason, checked in this order:
 * {@link Reason#INVALID_FORMAT} (characters that cannot be there), {@link Reason#INVALID_LENGTH},
 * {@link Reason#INVALID_COMPONENT} (a part that cannot exist, such as a Belgian number starting with 2 or an
 * Italian province 150), {@link Reason#INVALID_CHECKSUM}. Before those come {@link Reason#REQUIRED} for blank
 * input, {@link Reason#UNKNOWN_COUNTRY} for a prefix or hint that is not supported (the code is the refusal's
 * argument) and {@link Reason#DUPLICATED_PREFIX} for {@code BE BE 0220764971}.
 *
 * <h2>Normalisation</h2>
 * {@link #parse(String)} reads what people type and paste. Unicode spaces, dashes, dots, slashes and colons
 * count as their ASCII forms; spaces, {@code -}, {@code .} and {@code /} are dropped, as is a colon right after
 * the prefix ({@code DK: 21599336}); letters are upper-cased. Commas are separators only in German and
 * Danish numbers, as python-stdnum reads them ({@code DE136,695 976} is {@code DE136695976}); elsewhere they
 * are refused ({@code BE 0220,764.971}). The first two letters are the country when they are a supported prefix;
 * {@code GR} is read as {@code EL}, the code Greece uses for VAT. Without a prefix, the country hint of
 * {@link #parse(String, String)} decides; without either, ten digits starting 0 or 1 (or {@code (0)} and nine
 * digits) are Belgian, the home country of this library, and anything else is refused. The hint also rescues a
 * number of its country that merely starts like another prefix: a French number with the key {@code BE},
 * {@code BE123457012}, is refused as Belgian but read as French with the hint {@code FR}. Then the country's own
 * shortening applies: for Belgium a leading {@code (0)} becomes {@code 0} and the legacy nine digits get their
 * leading 0 back ({@code BE403019261} is {@code BE0403019261}), Greek 8-digit numbers get a leading 0, Dutch
 * numbers are padded to nine digits before the {@code B}. Input longer than 256 characters is refused unread.
 *
 * <h2>Canonical and display forms</h2>
 * The {@linkplain #canonical() canonical} form is prefix + national number with nothing in between
 * ({@code BE0403019261}, {@code EL094259216}, {@code NL001241643B01}); it is what {@link #equals}, {@link #hashCode}
 * and {@link #toString()} use, what to store and what to send to VIES (as {@link #countryCode()} and
 * {@link #number()}). The {@linkplain #display() display} form is for people: {@code BE 0403.019.261} for Belgium,
 * {@code CC number} for the others. Both parse back to the same value, and parsing the canonical form again
 * gives the canonical form again.
 */
public final class VatNumber {

  private static final String FIELD = "vatNumber";
  private static final int MAX_SHOWN_HINT = 10;

  private final VatCountry country;
  private final String number;

  private VatNumber(VatCountry country, String number) {
    this.country = country;
    this.number = number;
  }

  /** The VAT number in {@code text}, which must carry its country prefix unless it is Belgian; never throws. */
  public static Parsed<VatNumber> parse(String text) {
    return parse(text, null);
  }

  /**
   * The VAT number in {@code text}; never throws.
   *
   * @param text what the user typed, with or without country prefix; null or blank is refused as required
   * @param countryHint the country to read {@code text} in when it has no supported prefix, such as the country
   *     of the customer's address ({@code BE}, {@code ES}, {@code GR} or {@code EL}, ...); null or blank for none
   */
  public static Parsed<VatNumber> parse(String text, String countryHint) {
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
    Optional<String> hint = Optional.ofNullable(countryHint).filter(h -> !h.isBlank())
        .map(h -> h.strip().toUpperCase(Locale.ROOT));
    Optional<VatCountry> hinted = hint.flatMap(VatCountry::forCode);
    Optional<VatCountry> prefixed = cleaned.length() >= 2
        ? VatCountry.forCode(cleaned.substring(0, 2))
        : Optional.empty();
    if (prefixed.isPresent()) {
      Parsed<VatNumber> asPrefixed = readPrefixed(prefixed.get(), cleaned);
      if (!asPrefixed.isValid() && hinted.isPresent() && hinted.get() != prefixed.get()) {
        Parsed<VatNumber> inHintedCountry = check(hinted.get(), cleaned);
        if (inHintedCountry.isValid()) {
          return inHintedCountry;
        }
      }
      return asPrefixed;
    }
    if (hint.isPresent()) {
      return hinted
          .map(country -> check(country, cleaned))
          .orElseGet(() -> Parsed.invalid(FIELD, Reason.UNKNOWN_COUNTRY, shown(hint.get())));
    }
    if (looksBelgian(cleaned)) {
      return check(VatCountry.BE, cleaned);
    }
    if (NumberText.startsWithTwoLetters(cleaned)) {
      return Parsed.invalid(FIELD, Reason.UNKNOWN_COUNTRY, cleaned.substring(0, 2));
    }
    return Parsed.invalid(FIELD, Reason.INVALID_FORMAT);
  }

  /** For input known to be good; an {@link InvalidValueException} otherwise. */
  public static VatNumber of(String text) {
    return parse(text).orThrow();
  }

  /** For input known to be good; an {@link InvalidValueException} otherwise. */
  public static VatNumber of(String text, String countryHint) {
    return parse(text, countryHint).orThrow();
  }

  static VatNumber ofChecked(VatCountry country, String number) {
    return new VatNumber(country, number);
  }

  private static Parsed<VatNumber> readPrefixed(VatCountry country, String cleaned) {
    String rest = NumberText.afterPrefix(cleaned);
    return country.isRepeatedIn(rest) ? Parsed.invalid(FIELD, Reason.DUPLICATED_PREFIX) : check(country, rest);
  }

  private static Parsed<VatNumber> check(VatCountry country, String national) {
    String number = country.compact(national);
    Optional<Reason> refusal = country.check(number);
    return refusal.isPresent()
        ? Parsed.invalid(FIELD, refusal.get())
        : Parsed.valid(new VatNumber(country, number));
  }

  private static boolean looksBelgian(String cleaned) {
    String n = EnterpriseNumber.compact(cleaned);
    return cleaned.length() != 9 && n.length() == 10 && CheckDigits.isDigits(n)
        && (n.charAt(0) == '0' || n.charAt(0) == '1');
  }

  private static String shown(String hint) {
    return hint.length() <= MAX_SHOWN_HINT ? hint : hint.substring(0, MAX_SHOWN_HINT) + "…";
  }

  /** The VAT prefix: an ISO 3166 code, except {@code EL} for Greece, {@code XI} and {@code EU}/{@code IM} (OSS). */
  public String countryCode() {
    return country.name();
  }

  /** The national part without prefix, in its shortest form: {@code 0403019261}, {@code U15159209}. */
  public String number() {
    return number;
  }

  /** Prefix and number with nothing in between, e.g. {@code BE0403019261}; the form to store and compare. */
  public String canonical() {
    return country.name() + number;
  }

  /** The form for people: {@code BE 0403.019.261} for Belgium, {@code NL 001241643B01} for the others. */
  public String display() {
    return displayOf(canonical());
  }

  /** {@link #display()} of a canonical form; the text is not checked. */
  public static String displayOf(String canonical) {
    int length = canonical.length();
    if (length == 12 && canonical.startsWith("BE")) {
      return "BE " + canonical.substring(2, 6) + "." + canonical.substring(6, 9) + "." + canonical.substring(9);
    }
    return canonical.substring(0, 2) + " " + canonical.substring(2);
  }

  public boolean isBelgian() {
    return country == VatCountry.BE;
  }

  /** Whether the number is of an EU member state (Northern Ireland included, for goods): intra-Community sales. */
  public boolean isOfMemberState() {
    return country.isMemberState();
  }

  /** The Belgian enterprise number with the same ten digits; empty for any other country. */
  public Optional<EnterpriseNumber> enterpriseNumber() {
    return isBelgian() ? Optional.of(EnterpriseNumber.ofChecked(number)) : Optional.empty();
  }

  /** Only the digits of the number, e.g. {@code 15159209} for {@code ATU15159209}; for searching. */
  public String digits() {
    StringBuilder digits = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VatNumber v && v.country == country && v.number.equals(number);
  }

  @Override
  public int hashCode() {
    return canonical().hashCode();
  }

  /** The canonical form, as {@link #canonical()}. */
  @Override
  public String toString() {
    return canonical();
  }
}
