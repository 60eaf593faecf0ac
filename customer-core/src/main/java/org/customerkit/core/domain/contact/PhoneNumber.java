package org.customerkit.core.domain.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Objects;
import java.util.Optional;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;

/**
 * A phone number that is assigned in its country's numbering plan, kept in E.164 form ({@code +3292234567}).
 *
 * <p>{@link #parse} reads the number as people write it: {@code 09 223 45 67}, {@code 089/32.39.50},
 * {@code 0032 2 226 88 88}, {@code +32 470 12 34 56}. A number without a country prefix is read in the
 * default region, usually the customer's country. It must be a valid number according to libphonenumber:
 * well-formed is not enough ({@code +32 9 123 45 67} is refused, {@code +32 9 223 45 67} is not). Numbers
 * with an extension are refused, since E.164 has no room for one.
 *
 * <p>Equality is on the E.164 form.
 */
public final class PhoneNumber {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final String UNKNOWN_REGION = "ZZ";
  private static final java.util.regex.Pattern E164 = java.util.regex.Pattern.compile("\\+[1-9][0-9]{1,14}");

  private final String e164;
  private volatile Forms forms;

  private record Forms(String national, String international, String regionCode) {
    static Forms of(com.google.i18n.phonenumbers.Phonenumber.PhoneNumber number) {
      return new Forms(PHONES.format(number, PhoneNumberFormat.NATIONAL),
          PHONES.format(number, PhoneNumberFormat.INTERNATIONAL), PHONES.getRegionCodeForNumber(number));
    }
  }

  private PhoneNumber(com.google.i18n.phonenumbers.Phonenumber.PhoneNumber number) {
    this.e164 = PHONES.format(number, PhoneNumberFormat.E164);
    this.forms = Forms.of(number);
  }

  private PhoneNumber(String e164) {
    this.e164 = e164;
  }

  /**
   * A number read back from storage, where it was written as {@link #e164()} of a parsed number: kept as it is,
   * not parsed nor validated again; its other forms are worked out when first asked for.
   */
  public static PhoneNumber ofStored(String e164) {
    Objects.requireNonNull(e164, "e164");
    if (!E164.matcher(e164).matches()) {
      throw new IllegalArgumentException("not an E.164 number: " + e164);
    }
    return new PhoneNumber(e164);
  }

  private Forms forms() {
    Forms f = forms;
    if (f == null) {
      try {
        f = Forms.of(PHONES.parse(e164, UNKNOWN_REGION));
      } catch (NumberParseException e) {
        throw new IllegalStateException("stored phone number no longer parses: " + e164, e);
      }
      forms = f;
    }
    return f;
  }

  /** {@link #parse(String, CountryCode, String)} for the field {@code phone}. */
  public static Parsed<PhoneNumber> parse(String text, CountryCode defaultRegion) {
    return parse(text, defaultRegion, "phone");
  }

  /**
   * Parses a phone number as typed. Refusals name {@code field} ({@code phone}, {@code mobile},
   * {@code contactPersons[0].phone}, ...) and say why where libphonenumber can tell: {@code REQUIRED} when
   * blank; {@code PHONE_TOO_SHORT}, {@code PHONE_TOO_LONG} or {@code PHONE_NOT_IN_COUNTRY} (a number of the
   * right shape that no range of the country's plan holds), each with the country compared with as argument;
   * {@code PHONE_UNKNOWN_COUNTRY_CODE} for a {@code +} code that no country has; {@code PHONE_NEEDS_COUNTRY_CODE}
   * (with the default region) for a number without {@code +} in a region without a numbering plan; and
   * {@code INVALID_PHONE} for text that is no number at all or carries an extension.
   *
   * @param text the number as typed, may be null
   * @param defaultRegion the country of a number typed without country prefix, never null
   * @param field the property path that refusals name, never null
   */
  public static Parsed<PhoneNumber> parse(String text, CountryCode defaultRegion, String field) {
    Objects.requireNonNull(defaultRegion, "defaultRegion");
    Objects.requireNonNull(field, "field");
    if (text == null || text.isBlank()) {
      return Parsed.invalid(field, Reason.REQUIRED);
    }
    String region = phoneRegion(defaultRegion);
    com.google.i18n.phonenumbers.Phonenumber.PhoneNumber number;
    try {
      number = PHONES.parse(text, region);
    } catch (NumberParseException e) {
      boolean withoutCode = region.equals(UNKNOWN_REGION) && text.indexOf('+') < 0;
      return Parsed.invalid(field, why(e.getErrorType(), withoutCode), country(region, defaultRegion));
    }
    if (number.hasExtension()) {
      return Parsed.invalid(field, Reason.INVALID_PHONE);
    }
    if (!PHONES.isValidNumber(number)) {
      String country = country(PHONES.getRegionCodeForCountryCode(number.getCountryCode()), defaultRegion);
      return switch (PHONES.isPossibleNumberWithReason(number)) {
        case TOO_SHORT -> Parsed.invalid(field, Reason.PHONE_TOO_SHORT, country);
        case TOO_LONG -> Parsed.invalid(field, Reason.PHONE_TOO_LONG, country);
        case INVALID_COUNTRY_CODE -> Parsed.invalid(field, Reason.PHONE_UNKNOWN_COUNTRY_CODE);
        default -> Parsed.invalid(field, Reason.PHONE_NOT_IN_COUNTRY, country);
      };
    }
    return Parsed.valid(new PhoneNumber(number));
  }

  private static Reason why(NumberParseException.ErrorType error, boolean withoutCode) {
    return switch (error) {
      case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> Reason.PHONE_TOO_SHORT;
      case TOO_LONG -> Reason.PHONE_TOO_LONG;
      case INVALID_COUNTRY_CODE -> withoutCode ? Reason.PHONE_NEEDS_COUNTRY_CODE : Reason.PHONE_UNKNOWN_COUNTRY_CODE;
      default -> Reason.INVALID_PHONE;
    };
  }

  /**
   * The country a refusal names: the region of the number's country code, or the default region when the code
   * has no single region ({@code 001} for +800, {@code ZZ}).
   */
  private static String country(String region, CountryCode defaultRegion) {
    return region.length() == 2 && !region.equals(UNKNOWN_REGION) ? region : defaultRegion.value();
  }

  /** The number of a text known to be good; an {@code InvalidValueException} otherwise. */
  public static PhoneNumber of(String text, CountryCode defaultRegion) {
    return parse(text, defaultRegion).orThrow();
  }

  private static String phoneRegion(CountryCode country) {
    String region = country.value().equals("XI") ? "GB" : country.value();
    return PHONES.getSupportedRegions().contains(region) ? region : UNKNOWN_REGION;
  }

  /** The number in E.164 form: {@code +}, country code and national number, no spaces. */
  public String e164() {
    return e164;
  }

  /** The number as written inside its own country, e.g. {@code 09 223 45 67}. */
  public String national() {
    return forms().national();
  }

  /** The number as written from abroad, e.g. {@code +32 9 223 45 67}. */
  public String international() {
    return forms().international();
  }

  /**
   * The country the number belongs to; empty for non-geographic numbers ({@code +800}, satellite
   * services) and for regions without an ISO 3166-1 code (Kosovo, Ascension Island).
   */
  public Optional<CountryCode> region() {
    return CountryCode.parse(forms().regionCode()).toOptional();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PhoneNumber phone && phone.e164.equals(e164);
  }

  @Override
  public int hashCode() {
    return e164.hashCode();
  }

  @Override
  public String toString() {
    return e164;
  }
}
