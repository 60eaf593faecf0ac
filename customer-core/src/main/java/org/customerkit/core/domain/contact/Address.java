package org.customerkit.core.domain.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.customerkit.core.domain.shared.TypedText;
import org.immutables.value.Value;

/**
 * A postal address as bpost writes it: street, house number and box on the first line, an optional second
 * line (department, site), then postal code and city, and the country. Every part but the country may be
 * absent, so that a customer known only by name and city is still a customer.
 *
 * <p>Build one through {@link #parse}, which trims, normalises and checks each part as {@link TypedText}, checks
 * lengths and checks that a Belgian postal code has four digits; {@link #builder()} is for values already known
 * to be good (stores, tests).
 */
@Value.Immutable
public abstract class Address {

  /** Longest street, city or second line accepted. */
  public static final int MAX_TEXT = 100;
  /** Longest house number, box or postal code accepted. */
  public static final int MAX_SHORT = 20;

  public abstract Optional<String> street();

  public abstract Optional<String> houseNumber();

  public abstract Optional<String> box();

  /** Department, site, "for the attention of": bpost's second address line. */
  public abstract Optional<String> line2();

  public abstract Optional<String> postalCode();

  public abstract Optional<String> city();

  public abstract CountryCode country();

  /**
   * "Zennestraat 32 bus 20": street, house number and box as one line, each when present, the box word in
   * {@code language} as Belgian postal practice writes it (nl "bus", fr "bte", de "Postfach", en "box"); empty for
   * none.
   */
  public String firstLine(Language language) {
    return firstLine(street().orElse(null), houseNumber().orElse(null), box().orElse(null), language);
  }

  /** {@link #firstLine(Language)} of the parts as stored, each null when absent. */
  public static String firstLine(String street, String houseNumber, String box, Language language) {
    String line = street == null ? "" : street;
    if (houseNumber != null) {
      line = line.isEmpty() ? houseNumber : line + " " + houseNumber;
    }
    if (box != null) {
      String boxed = boxWord(language) + " " + box;
      line = line.isEmpty() ? boxed : line + " " + boxed;
    }
    return line;
  }

  /** The word before a box number on an address line in {@code language}. */
  public static String boxWord(Language language) {
    return switch (language) {
      case NL -> "bus";
      case FR -> "bte";
      case DE -> "Postfach";
      case EN -> "box";
    };
  }

  /** "9000 Gent": postal code and city. */
  @Value.Lazy
  public String cityLine() {
    return (postalCode().orElse("") + " " + city().orElse("")).trim();
  }

  public boolean isEmpty() {
    return street().isEmpty() && houseNumber().isEmpty() && box().isEmpty() && line2().isEmpty()
        && postalCode().isEmpty() && city().isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableAddress.Builder {}

  /**
   * Parses the parts of an address as a user typed them. Blank parts become absent; a missing country
   * is {@code defaultCountry}. Every refusal names its part ({@code street}, {@code postalCode}, ...).
   */
  public static Parsed<Address> parse(Parts parts, CountryCode defaultCountry) {
    List<Refusal> refusals = new ArrayList<>();
    CountryCode country = defaultCountry;
    if (parts.country() != null && !parts.country().isBlank()) {
      Parsed<CountryCode> parsed = CountryCode.parse(parts.country());
      if (parsed instanceof Parsed.Invalid<CountryCode> invalid) {
        return Parsed.invalid(invalid.refusal());
      }
      country = parsed.orThrow();
    }
    Builder builder = builder().country(country);
    builder.street(text("street", parts.street(), MAX_TEXT, refusals));
    builder.houseNumber(text("houseNumber", parts.houseNumber(), MAX_SHORT, refusals));
    builder.box(text("box", parts.box(), MAX_SHORT, refusals));
    builder.line2(text("line2", parts.line2(), MAX_TEXT, refusals));
    builder.city(text("city", parts.city(), MAX_TEXT, refusals));
    Optional<String> postalCode = text("postalCode", parts.postalCode(), MAX_SHORT, refusals)
        .map(code -> code.toUpperCase(java.util.Locale.ROOT));
    if (postalCode.isPresent() && country.isBelgium()) {
      String code = postalCode.get().startsWith("B-") ? postalCode.get().substring(2) : postalCode.get();
      if (!code.matches("[1-9][0-9]{3}")) {
        refusals.add(Refusal.of("postalCode", Reason.INVALID_POSTAL_CODE, country.value()));
      }
      postalCode = Optional.of(code);
    }
    builder.postalCode(postalCode);
    if (!refusals.isEmpty()) {
      return Parsed.invalid(refusals.get(0));
    }
    return Parsed.valid(builder.build());
  }

  private static Optional<String> text(String field, String value, int max, List<Refusal> refusals) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String trimmed = TypedText.line(value);
    if (trimmed.length() > max) {
      refusals.add(Refusal.of(field, Reason.TOO_LONG, max));
    }
    TypedText.refusal(field, trimmed, false).ifPresent(refusals::add);
    return Optional.of(trimmed);
  }

  /** The parts of an address as typed, each possibly null or blank. */
  public record Parts(String street, String houseNumber, String box, String line2, String postalCode,
      String city, String country) {}
}
