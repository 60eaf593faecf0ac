package org.customerkit.core.view;

import org.customerkit.core.view.text.SortableKeys;
import org.customerkit.core.view.text.TextFolding;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.contact.PhoneNumber;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.field.FieldValue;

/**
 * The one definition of how a customer's columns sort, match and show. A store keeps
 * {@link #sortKey} and {@link #matchText} of each column it lists (or computes them); the in-memory store
 * calls them directly. Both are plain strings, never null, compared by code point; an empty value is
 * {@code ""} and so sorts first.
 *
 * <p>Both are at most {@value #MAX_KEY_LENGTH} characters of the Basic Multilingual Plane, whatever the text:
 * folding can make text longer than it was typed (U+FDFA unfolds into 18 characters, "ß" into two), so the
 * keys are cut here, the one place that bounds them, and every store's key columns hold that many characters.
 * Texts equal in their first {@value #MAX_KEY_LENGTH} folded characters sort as equal (then by id) and match
 * alike in every store.
 */
public final class ColumnKeys {

  /** The longest sort key or match text, in characters. */
  public static final int MAX_KEY_LENGTH = 400;

  private ColumnKeys() {}

  /** The key a column sorts on: folded text, a padded number, an ISO date or instant. Never null. */
  public static String sortKey(Customer customer, Column column) {
    if (column instanceof ExtraFieldColumn field) {
      return Optional.ofNullable(customer.extraFields().get(field.key())).map(ColumnKeys::fieldSortKey)
          .orElse("");
    }
    return bounded(standardSortKey(customer, (StandardColumn) column));
  }

  private static String standardSortKey(Customer customer, StandardColumn column) {
    Optional<Address> address = customer.address();
    return switch (column) {
      case NUMBER -> customer.number().sortKey();
      case COMPANY_NAME -> TextFolding.fold(customer.companyName().orElse(""));
      case FULL_NAME -> TextFolding.fold(customer.fullName());
      case ADDRESS -> TextFolding.fold(address.map(ColumnKeys::addressKey).orElse(""));
      case POSTAL_CODE -> TextFolding.fold(address.flatMap(Address::postalCode).orElse(""));
      case CITY -> TextFolding.fold(address.flatMap(Address::city).orElse(""));
      case COUNTRY -> address.map(a -> a.country().value()).orElse("");
      case PHONE -> customer.phone().map(PhoneNumber::e164).orElse("");
      case MOBILE -> customer.mobile().map(PhoneNumber::e164).orElse("");
      case EMAIL -> customer.email().map(e -> TextFolding.fold(e.value())).orElse("");
      case VAT_NUMBER -> customer.vatNumber().map(v -> v.canonical()).orElse("");
      case LANGUAGE -> customer.language().code();
      case STATUS -> customer.status().name().toLowerCase(java.util.Locale.ROOT);
      case CREATED -> SortableKeys.instant(customer.created());
      case UPDATED -> SortableKeys.instant(customer.updated());
    };
  }

  /**
   * The text a text criterion ({@code contains}, {@code starts with}, {@code equals}) matches against,
   * folded like {@link org.customerkit.core.view.text.TextFolding#fold}. For most columns it is the sort key; the number matches as written,
   * phone numbers as the digits of both the national and the international form, the VAT number folded.
   */
  public static String matchText(Customer customer, Column column) {
    if (column instanceof ExtraFieldColumn field) {
      return Optional.ofNullable(customer.extraFields().get(field.key())).map(ColumnKeys::fieldMatchText)
          .orElse("");
    }
    return bounded(standardMatchText(customer, (StandardColumn) column));
  }

  private static String standardMatchText(Customer customer, StandardColumn column) {
    return switch (column) {
      case NUMBER -> TextFolding.fold(customer.number().value());
      case PHONE -> customer.phone().map(ColumnKeys::phoneDigits).orElse("");
      case MOBILE -> customer.mobile().map(ColumnKeys::phoneDigits).orElse("");
      case VAT_NUMBER -> customer.vatNumber().map(v -> TextFolding.fold(v.canonical())).orElse("");
      case COUNTRY -> TextFolding.fold(sortKey(customer, column));
      default -> sortKey(customer, column);
    };
  }

  /**
   * Street, house number and box, without the box word, which follows the customer's language: the sort key of
   * an address line is the same in every language.
   */
  private static String addressKey(Address address) {
    return Stream.of(address.street(), address.houseNumber(), address.box()).flatMap(Optional::stream)
        .collect(Collectors.joining(" "));
  }

  /** What a screen or report shows in the column, typed. */
  public static Cell cell(Customer customer, Column column) {
    if (column instanceof ExtraFieldColumn field) {
      return fieldCell(customer.extraFields().get(field.key()));
    }
    Optional<Address> address = customer.address();
    return switch ((StandardColumn) column) {
      case NUMBER -> Cell.text(customer.number().value());
      case COMPANY_NAME -> Cell.text(customer.companyName().orElse(""));
      case FULL_NAME -> Cell.text(customer.fullName());
      case ADDRESS -> Cell.text(address.map(a -> a.firstLine(customer.language())).orElse(""));
      case POSTAL_CODE -> Cell.text(address.flatMap(Address::postalCode).orElse(""));
      case CITY -> Cell.text(address.flatMap(Address::city).orElse(""));
      case COUNTRY -> Cell.text(address.map(a -> a.country().value()).orElse(""));
      case PHONE -> Cell.text(customer.phone().map(PhoneNumber::national).orElse(""));
      case MOBILE -> Cell.text(customer.mobile().map(PhoneNumber::national).orElse(""));
      case EMAIL -> Cell.text(customer.email().map(e -> e.value()).orElse(""));
      case VAT_NUMBER -> Cell.text(customer.vatNumber().map(v -> v.display()).orElse(""));
      case LANGUAGE -> Cell.text(customer.language().code());
      case STATUS -> Cell.text(customer.status().name().toLowerCase(java.util.Locale.ROOT));
      case CREATED -> new Cell.Timestamp(customer.created());
      case UPDATED -> new Cell.Timestamp(customer.updated());
    };
  }

  /** The cell of an extra field's value, typed by the field; empty for no value ({@code null}). */
  public static Cell fieldCell(FieldValue value) {
    if (value == null) {
      return Cell.empty();
    }
    if (value instanceof FieldValue.Number n) {
      return new Cell.Number(n.value());
    } else if (value instanceof FieldValue.Date d) {
      return new Cell.Date(d.value());
    } else if (value instanceof FieldValue.YesNo y) {
      return new Cell.YesNo(y.value());
    }
    return Cell.text(value.text());
  }

  /** The sort key of an extra field value, by its type. */
  public static String fieldSortKey(FieldValue value) {
    if (value instanceof FieldValue.Number n) {
      return bounded(SortableKeys.number(n.value()));
    } else if (value instanceof FieldValue.Date d) {
      return SortableKeys.date(d.value());
    } else if (value instanceof FieldValue.YesNo y) {
      return SortableKeys.yesNo(y.value());
    }
    return bounded(TextFolding.fold(value.text()));
  }

  /** The text a criterion on an extra field matches against: its canonical text, folded. */
  public static String fieldMatchText(FieldValue value) {
    return bounded(TextFolding.fold(value.text()));
  }

  private static String bounded(String key) {
    return key.length() <= MAX_KEY_LENGTH ? key : key.substring(0, MAX_KEY_LENGTH);
  }

  private static String phoneDigits(PhoneNumber phone) {
    return TextFolding.digits(phone.national()) + " " + TextFolding.digits(phone.e164());
  }
}
