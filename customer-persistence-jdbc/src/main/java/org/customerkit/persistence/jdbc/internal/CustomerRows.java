package org.customerkit.persistence.jdbc.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.customerkit.core.domain.bank.BankAccount;
import org.customerkit.core.domain.bank.Bic;
import org.customerkit.core.domain.bank.Iban;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.contact.CountryCode;
import org.customerkit.core.domain.contact.EmailAddress;
import org.customerkit.core.domain.contact.PhoneNumber;
import org.customerkit.core.domain.customer.AddressType;
import org.customerkit.core.domain.customer.ContactPerson;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.CustomerStatus;
import org.customerkit.core.domain.customer.ExtraAddress;
import org.customerkit.core.domain.customer.Party;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.customer.VatRegime;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.field.FieldValue;
import org.customerkit.core.domain.fiscal.EnterpriseNumber;
import org.customerkit.core.domain.fiscal.PeppolParticipantId;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.view.ColumnKeys;
import org.customerkit.core.view.text.SearchText;
import org.customerkit.core.view.StandardColumn;

/**
 * The customer aggregate as rows: the customer row (card data, sort and match keys, search texts) and the child
 * rows of extra addresses, contact persons and extra field values. Rows are read straight back into the domain's
 * own factories; a value that no longer parses is a corrupt row and fails loudly.
 */
public final class CustomerRows {

  /** The customer row's columns after {@code tenant_id, id}, in the order {@link #values} gives them. */
  public static final List<String> WRITTEN;

  /** The columns a read needs, each prefixed with the alias {@code c}. */
  public static final String READ;

  private static final List<String> CARD = List.of("number", "version", "party_kind", "company_name", "legal_form",
      "salutation", "first_name", "last_name", "street", "house_number", "box", "line2", "postal_code", "city",
      "country", "phone", "mobile", "email", "website", "vat_number", "enterprise_number", "vat_regime",
      "payment_term_days", "price_category", "discount_percent", "iban", "bic", "peppol_id", "extra_info",
      "created_at", "updated_at");

  static {
    List<String> written = new ArrayList<>(CARD);
    for (StandardColumn column : StandardColumn.values()) {
      written.add(CustomerColumns.sort(column));
      if (CustomerColumns.hasOwnMatch(column)) {
        written.add(CustomerColumns.match(column));
      }
    }
    written.add("search_words");
    written.add("search_digits");
    written.add("has_vat");
    written.add("phone_shown");
    written.add("mobile_shown");
    WRITTEN = List.copyOf(written);
    List<String> read = new ArrayList<>();
    read.add("c.tenant_id");
    read.add("c.id");
    CARD.forEach(column -> read.add("c." + column));
    read.add("c.language_sort");
    read.add("c.status_sort");
    READ = String.join(", ", read);
  }

  private CustomerRows() {}

  /** The values of {@link #WRITTEN} for a customer. */
  public static List<Object> values(Customer customer) {
    List<Object> values = new ArrayList<>(WRITTEN.size());
    values.add(customer.number().value());
    values.add(customer.version());
    Party party = customer.party();
    if (party instanceof Party.Company company) {
      values.add("company");
      values.add(company.name());
      values.add(company.legalForm().orElse(null));
      values.add(null);
      values.add(null);
      values.add(null);
    } else {
      Party.Person person = (Party.Person) party;
      values.add("person");
      values.add(null);
      values.add(null);
      values.add(person.salutation().orElse(null));
      values.add(person.firstName().orElse(null));
      values.add(person.lastName());
    }
    Optional<Address> address = customer.address();
    values.add(address.flatMap(Address::street).orElse(null));
    values.add(address.flatMap(Address::houseNumber).orElse(null));
    values.add(address.flatMap(Address::box).orElse(null));
    values.add(address.flatMap(Address::line2).orElse(null));
    values.add(address.flatMap(Address::postalCode).orElse(null));
    values.add(address.flatMap(Address::city).orElse(null));
    values.add(address.map(a -> a.country().value()).orElse(null));
    values.add(customer.phone().map(PhoneNumber::e164).orElse(null));
    values.add(customer.mobile().map(PhoneNumber::e164).orElse(null));
    values.add(customer.email().map(EmailAddress::value).orElse(null));
    values.add(customer.website().orElse(null));
    values.add(customer.vatNumber().map(VatNumber::canonical).orElse(null));
    values.add(customer.enterpriseNumber().map(EnterpriseNumber::digits).orElse(null));
    values.add(customer.vatRegime().name());
    values.add(customer.paymentTermDays());
    values.add(customer.priceCategory().orElse(null));
    values.add(customer.discountPercent().toString());
    values.add(customer.bankAccount().map(b -> b.iban().canonical()).orElse(null));
    values.add(customer.bankAccount().flatMap(BankAccount::bic).map(Bic::value).orElse(null));
    values.add(customer.peppolId().map(PeppolParticipantId::toString).orElse(null));
    values.add(customer.extraInfo().orElse(null));
    values.add(customer.created().toString());
    values.add(customer.updated().toString());
    for (StandardColumn column : StandardColumn.values()) {
      values.add(ColumnKeys.sortKey(customer, column));
      if (CustomerColumns.hasOwnMatch(column)) {
        values.add(ColumnKeys.matchText(customer, column));
      }
    }
    values.add(SearchText.words(customer));
    values.add(SearchText.digits(customer));
    values.add(customer.hasVatNumber());
    // as ColumnKeys.cell shows them, '' for none
    values.add(customer.phone().map(PhoneNumber::national).orElse(""));
    values.add(customer.mobile().map(PhoneNumber::national).orElse(""));
    return values;
  }

  /** The values of an extra-address row after {@code tenant_id, customer_id}. */
  public static final List<String> ADDRESS_COLUMNS = List.of("ordinal", "address_type", "name", "is_default",
      "street", "house_number", "box", "line2", "postal_code", "city", "country");

  public static List<Object> addressValues(int ordinal, ExtraAddress extra) {
    Address a = extra.address();
    List<Object> values = new ArrayList<>();
    values.add(ordinal);
    values.add(extra.type().name());
    values.add(extra.name().orElse(null));
    values.add(extra.isDefault());
    values.add(a.street().orElse(null));
    values.add(a.houseNumber().orElse(null));
    values.add(a.box().orElse(null));
    values.add(a.line2().orElse(null));
    values.add(a.postalCode().orElse(null));
    values.add(a.city().orElse(null));
    values.add(a.country().value());
    return values;
  }

  public static final List<String> CONTACT_COLUMNS = List.of("ordinal", "name", "job_function", "email", "phone");

  public static List<Object> contactValues(int ordinal, ContactPerson person) {
    List<Object> values = new ArrayList<>();
    values.add(ordinal);
    values.add(person.name());
    values.add(person.function().orElse(null));
    values.add(person.email().map(EmailAddress::value).orElse(null));
    values.add(person.phone().map(PhoneNumber::e164).orElse(null));
    return values;
  }

  public static final List<String> FIELD_COLUMNS = List.of("field_key", "value_type", "value_text", "sort_key",
      "match_text");

  public static List<Object> fieldValues(FieldKey key, FieldValue value) {
    List<Object> values = new ArrayList<>();
    values.add(key.value());
    values.add(value.type().name());
    values.add(value.text());
    values.add(ColumnKeys.fieldSortKey(value));
    values.add(ColumnKeys.fieldMatchText(value));
    return values;
  }

  /** A customer row read, waiting for its child rows. */
  public record Row(String id, Customer.Builder builder) {}

  public static Row read(ResultSet rs) throws SQLException {
    Customer.Builder b = Customer.builder();
    b.tenant(TenantId.of(rs.getString("tenant_id")));
    b.id(CustomerId.parse(rs.getString("id")).orElseThrow(() -> corrupt("id")));
    b.number(CustomerNumber.of(rs.getString("number")));
    b.version(rs.getLong("version"));
    if ("company".equals(rs.getString("party_kind"))) {
      b.party(new Party.Company(rs.getString("company_name"), opt(rs, "legal_form")));
    } else {
      b.party(new Party.Person(opt(rs, "salutation"), opt(rs, "first_name"), rs.getString("last_name")));
    }
    String country = rs.getString("country");
    if (country != null) {
      b.address(Address.builder().street(opt(rs, "street")).houseNumber(opt(rs, "house_number"))
          .box(opt(rs, "box")).line2(opt(rs, "line2")).postalCode(opt(rs, "postal_code")).city(opt(rs, "city"))
          .country(new CountryCode(country)).build());
    }
    b.phone(opt(rs, "phone").map(CustomerRows::phone));
    b.mobile(opt(rs, "mobile").map(CustomerRows::phone));
    b.email(opt(rs, "email").map(EmailAddress::of));
    b.website(opt(rs, "website"));
    b.vatNumber(opt(rs, "vat_number").map(VatNumber::of));
    b.enterpriseNumber(opt(rs, "enterprise_number").map(EnterpriseNumber::of));
    b.vatRegime(VatRegime.valueOf(rs.getString("vat_regime")));
    b.language(Language.fromCode(rs.getString("language_sort")).orElseThrow(() -> corrupt("language_sort")));
    b.paymentTermDays(rs.getInt("payment_term_days"));
    b.priceCategory(opt(rs, "price_category"));
    b.discountPercent(new BigDecimal(rs.getString("discount_percent")));
    Optional<String> iban = opt(rs, "iban");
    if (iban.isPresent()) {
      b.bankAccount(new BankAccount(Iban.of(iban.get()), opt(rs, "bic").map(Bic::of)));
    }
    b.peppolId(opt(rs, "peppol_id").map(PeppolParticipantId::of));
    b.extraInfo(opt(rs, "extra_info"));
    b.status(CustomerStatus.valueOf(rs.getString("status_sort").toUpperCase(java.util.Locale.ROOT)));
    b.created(Instant.parse(rs.getString("created_at")));
    b.updated(Instant.parse(rs.getString("updated_at")));
    return new Row(rs.getString("id"), b);
  }

  public static ExtraAddress readAddress(ResultSet rs) throws SQLException {
    Address address = Address.builder().street(opt(rs, "street")).houseNumber(opt(rs, "house_number"))
        .box(opt(rs, "box")).line2(opt(rs, "line2")).postalCode(opt(rs, "postal_code")).city(opt(rs, "city"))
        .country(new CountryCode(rs.getString("country"))).build();
    return ExtraAddress.builder().type(AddressType.valueOf(rs.getString("address_type"))).name(opt(rs, "name"))
        .isDefault(rs.getBoolean("is_default")).address(address).build();
  }

  public static ContactPerson readContact(ResultSet rs) throws SQLException {
    return ContactPerson.builder().name(rs.getString("name")).function(opt(rs, "job_function"))
        .email(opt(rs, "email").map(EmailAddress::of)).phone(opt(rs, "phone").map(CustomerRows::phone)).build();
  }

  public static Map.Entry<FieldKey, FieldValue> readField(ResultSet rs) throws SQLException {
    return Map.entry(new FieldKey(rs.getString("field_key")),
        fieldValue(rs.getString("value_type"), rs.getString("value_text")));
  }

  /** An extra field value from its stored type and text. */
  static FieldValue fieldValue(String type, String text) {
    return switch (ExtraFieldType.valueOf(type)) {
      case TEXT -> new FieldValue.Text(text);
      case NUMBER -> new FieldValue.Number(new BigDecimal(text));
      case DATE -> new FieldValue.Date(LocalDate.parse(text));
      case YES_NO -> new FieldValue.YesNo("yes".equals(text));
      case CHOICE -> new FieldValue.Choice(text);
    };
  }

  private static PhoneNumber phone(String e164) {
    return PhoneNumber.ofStored(e164);
  }

  private static Optional<String> opt(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  private static IllegalStateException corrupt(String column) {
    return new IllegalStateException("corrupt customer row: " + column);
  }
}
