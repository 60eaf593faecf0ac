package org.customerkit.core.domain.fiscal;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.customerkit.core.domain.shared.InvalidValueException;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;

/**
 * The Peppol participant a customer receives e-invoices as: an ISO 6523 scheme (four digits) and a value,
 * written {@code 0208:0403019261}, in full {@code iso6523-actorid-upis::0208:0403019261}.
 *
 * <p>In Belgium the scheme is {@code 0208} with the enterprise number (registration under it is mandatory) or,
 * optionally, {@code 9925} with the VAT number {@code BE0403019261}; for these two the value must pass the
 * enterprise number's mod-97 check. Other schemes are accepted with any value of 1 to 50 printable ASCII
 * characters without spaces. Participant values are case-insensitive (Peppol policy for identifiers):
 * {@code 0088:123ABC} equals {@code 0088:123abc}; {@link #value()} keeps the case it was typed in.
 */
public final class PeppolParticipantId {

  /** The identifier scheme of all Peppol participant identifiers, written before the scheme and value. */
  public static final String PREFIX = "iso6523-actorid-upis::";

  public static final String ENTERPRISE_NUMBER_SCHEME = "0208";
  public static final String BELGIAN_VAT_SCHEME = "9925";
  public static final int MAX_VALUE_LENGTH = 50;

  private static final String FIELD = "peppolId";

  private final String scheme;
  private final String value;
  private final String lowerCaseValue;

  private PeppolParticipantId(String scheme, String value) {
    this.scheme = scheme;
    this.value = value;
    this.lowerCaseValue = value.toLowerCase(Locale.ROOT);
  }

  /**
   * The participant id in {@code text} ({@code 0208:0403019261}, optionally behind {@code iso6523-actorid-upis::},
   * in any case, surrounding spaces ignored), or the refusal that says why there is none; never throws.
   */
  public static Parsed<PeppolParticipantId> parse(String text) {
    if (text == null || text.isBlank()) {
      return Parsed.invalid(FIELD, Reason.REQUIRED);
    }
    String id = text.strip();
    if (id.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      id = id.substring(PREFIX.length());
    }
    int colon = id.indexOf(':');
    if (colon != 4 || !CheckDigits.isDigits(id.substring(0, 4))) {
      return Parsed.invalid(FIELD, Reason.INVALID_FORMAT);
    }
    String scheme = id.substring(0, 4);
    String value = id.substring(5);
    if (value.isEmpty()) {
      return Parsed.invalid(FIELD, Reason.INVALID_FORMAT);
    }
    if (value.length() > MAX_VALUE_LENGTH) {
      return Parsed.invalid(FIELD, Reason.TOO_LONG, MAX_VALUE_LENGTH);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c > '~') {
        return Parsed.invalid(FIELD, Reason.INVALID_CHARACTERS);
      }
    }
    Optional<Reason> refusal = schemeRefusal(scheme, value);
    return refusal.isPresent()
        ? Parsed.invalid(FIELD, refusal.get())
        : Parsed.valid(new PeppolParticipantId(scheme, value));
  }

  /** For input known to be good; an {@link InvalidValueException} otherwise. */
  public static PeppolParticipantId of(String text) {
    return parse(text).orThrow();
  }

  /** The enterprise's participant id under scheme 0208, e.g. {@code 0208:0403019261}. */
  public static PeppolParticipantId forEnterprise(EnterpriseNumber enterpriseNumber) {
    Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    return new PeppolParticipantId(ENTERPRISE_NUMBER_SCHEME, enterpriseNumber.digits());
  }

  /** What the Belgian schemes add: 0208 is an enterprise number, 9925 {@code BE} and an enterprise number. */
  private static Optional<Reason> schemeRefusal(String scheme, String value) {
    if (scheme.equals(BELGIAN_VAT_SCHEME) && !value.regionMatches(true, 0, "BE", 0, 2)) {
      return Optional.of(Reason.INVALID_FORMAT);
    }
    return belgianDigits(scheme, value).flatMap(EnterpriseNumber::refusalOf);
  }

  /** The ten digits a 0208 or 9925 value must hold; empty for other schemes. */
  private static Optional<String> belgianDigits(String scheme, String value) {
    return switch (scheme) {
      case ENTERPRISE_NUMBER_SCHEME -> Optional.of(value);
      case BELGIAN_VAT_SCHEME -> Optional.of(value.length() >= 2 ? value.substring(2) : "");
      default -> Optional.empty();
    };
  }

  /** The ISO 6523 scheme, four digits, e.g. {@code 0208}. */
  public String scheme() {
    return scheme;
  }

  /** The value within the scheme, as typed, e.g. {@code 0403019261}. */
  public String value() {
    return value;
  }

  /** The enterprise number behind a 0208 or 9925 id; empty for other schemes. */
  public Optional<EnterpriseNumber> enterpriseNumber() {
    return belgianDigits(scheme, value).map(EnterpriseNumber::ofChecked);
  }

  /** The full form {@code iso6523-actorid-upis::0208:0403019261}, as used in SMP requests. */
  public String withPrefix() {
    return PREFIX + this;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PeppolParticipantId p && p.scheme.equals(scheme) && p.lowerCaseValue.equals(lowerCaseValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scheme, lowerCaseValue);
  }

  /** {@code scheme:value}, e.g. {@code 0208:0403019261}, the form Peppol documents and directories show. */
  @Override
  public String toString() {
    return scheme + ":" + value;
  }
}
