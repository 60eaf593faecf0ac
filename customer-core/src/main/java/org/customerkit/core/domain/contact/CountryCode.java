package org.customerkit.core.domain.contact;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;

/**
 * An ISO 3166-1 alpha-2 country code, upper case ({@code BE}, {@code NL}), plus {@code XI} for Northern
 * Ireland as used for VAT.
 *
 * @param value two upper-case letters, never null
 */
public record CountryCode(String value) {

  private static final Set<String> KNOWN = known();

  public static final CountryCode BELGIUM = new CountryCode("BE");

  public CountryCode {
    Objects.requireNonNull(value, "value");
    if (!KNOWN.contains(value)) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + value);
    }
  }

  private static Set<String> known() {
    var codes = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
    codes.add("XI");
    return Set.copyOf(codes);
  }

  /** Parses {@code be}, {@code BE} or {@code " Be "}; refuses anything that is not a known code. */
  public static Parsed<CountryCode> parse(String text) {
    if (text == null || text.isBlank()) {
      return Parsed.invalid("country", Reason.REQUIRED);
    }
    String code = text.trim().toUpperCase(Locale.ROOT);
    if (!KNOWN.contains(code)) {
      return Parsed.invalid("country", Reason.UNKNOWN_COUNTRY, code);
    }
    return Parsed.valid(new CountryCode(code));
  }

  public static CountryCode of(String text) {
    return parse(text).orThrow();
  }

  public boolean isBelgium() {
    return value.equals("BE");
  }

  /** The country's name in the given language, e.g. "België" for BE in Dutch. */
  public String displayName(Locale locale) {
    return value.equals("XI") ? "Northern Ireland" : new Locale("", value).getDisplayCountry(locale);
  }

  @Override
  public String toString() {
    return value;
  }
}
