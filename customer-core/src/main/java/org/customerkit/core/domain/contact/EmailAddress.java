package org.customerkit.core.domain.contact;

import java.util.Locale;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;

/**
 * An email address such as {@code Jan.Peeters@example.be}: a local part, one {@code @} and a domain name
 * with at least one dot.
 *
 * <p>{@link #parse} trims the text, drops a {@code mailto:} prefix and lower-cases the domain; the local
 * part keeps its case, as mail servers may tell cases apart. It checks the syntax mail software can deliver
 * to, in ASCII: at most 254 characters, a local part of at most 64 characters out of letters, digits,
 * {@code !#$%&'*+/=?^_`{|}~-} and single dots between them, and domain labels of letters, digits and inner
 * hyphens. Quoted local parts, IP-address domains and non-ASCII addresses are refused. Whether the address
 * exists is not checked.
 */
public final class EmailAddress {

  /** Longest address accepted (RFC 5321's path limit less the angle brackets). */
  public static final int MAX_LENGTH = 254;
  /** Longest local part accepted (RFC 5321). */
  public static final int MAX_LOCAL_LENGTH = 64;

  private static final String FIELD = "email";
  private static final String LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~-.";

  private final String value;

  private EmailAddress(String value) {
    this.value = value;
  }

  /**
   * Parses an email address as typed. Refusals name the field {@code email}: {@code REQUIRED},
   * {@code TOO_LONG} (with the limit), {@code INVALID_CHARACTERS} (spaces, control or non-ASCII characters,
   * characters not allowed in the local part or domain), {@code INVALID_FORMAT} (not one {@code @}, empty or
   * too long local part, misplaced dots or hyphens, no dot in the domain).
   *
   * @param text the address as typed, may be null
   */
  public static Parsed<EmailAddress> parse(String text) {
    if (text == null || text.isBlank()) {
      return Parsed.invalid(FIELD, Reason.REQUIRED);
    }
    String address = text.strip();
    if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
      address = address.substring(7).strip();
      if (address.isEmpty()) {
        return Parsed.invalid(FIELD, Reason.REQUIRED);
      }
    }
    if (address.length() > MAX_LENGTH) {
      return Parsed.invalid(FIELD, Reason.TOO_LONG, MAX_LENGTH);
    }
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        return Parsed.invalid(FIELD, Reason.INVALID_CHARACTERS);
      }
    }
    int at = address.indexOf('@');
    if (at < 0 || at != address.lastIndexOf('@')) {
      return Parsed.invalid(FIELD, Reason.INVALID_FORMAT);
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
    Reason localProblem = checkLocal(local);
    if (localProblem != null) {
      return Parsed.invalid(FIELD, localProblem);
    }
    Reason domainProblem = checkDomain(domain);
    if (domainProblem != null) {
      return Parsed.invalid(FIELD, domainProblem);
    }
    return Parsed.valid(new EmailAddress(local + "@" + domain));
  }

  /** The address of a text known to be good; an {@code InvalidValueException} otherwise. */
  public static EmailAddress of(String text) {
    return parse(text).orThrow();
  }

  private static Reason checkLocal(String local) {
    if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH) {
      return Reason.INVALID_FORMAT;
    }
    for (int i = 0; i < local.length(); i++) {
      char c = local.charAt(i);
      if (!isLetterOrDigit(c) && LOCAL_SYMBOLS.indexOf(c) < 0) {
        return Reason.INVALID_CHARACTERS;
      }
    }
    if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      return Reason.INVALID_FORMAT;
    }
    return null;
  }

  private static Reason checkDomain(String domain) {
    for (int i = 0; i < domain.length(); i++) {
      char c = domain.charAt(i);
      if (!isLetterOrDigit(c) && c != '-' && c != '.') {
        return Reason.INVALID_CHARACTERS;
      }
    }
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return Reason.INVALID_FORMAT;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
        return Reason.INVALID_FORMAT;
      }
    }
    if (labels[labels.length - 1].chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Reason.INVALID_FORMAT;
    }
    return null;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** The address with its domain in lower case, e.g. {@code Jan.Peeters@example.be}. */
  public String value() {
    return value;
  }

  /** The part before the {@code @}, as typed. */
  public String localPart() {
    return value.substring(0, value.indexOf('@'));
  }

  /** The part after the {@code @}, in lower case. */
  public String domain() {
    return value.substring(value.indexOf('@') + 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmailAddress email && email.value.equals(value);
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
