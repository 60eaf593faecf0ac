package org.customerkit.testkit.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.customerkit.core.application.port.in.AddressForm;
import org.customerkit.core.application.port.in.ContactPersonForm;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.PartyKind;
import org.customerkit.core.domain.bank.BankAccount;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.contact.CountryCode;
import org.customerkit.core.domain.contact.EmailAddress;
import org.customerkit.core.domain.contact.PhoneNumber;
import org.customerkit.core.domain.customer.AddressType;
import org.customerkit.core.domain.customer.ContactPerson;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.ExtraAddress;
import org.customerkit.core.domain.customer.Party;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.customer.VatRegime;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.customerkit.core.domain.shared.Language;

/**
 * A sample form made into the customer its registration makes, through the same value objects, for loads that
 * go straight to a store. Only the parts {@link SampleCustomers} fills in are read; {@code SampleCardsTest}
 * holds the result equal to what registering the form gives, so the two cannot drift.
 */
final class SampleCards {

  private static final List<ExtraFieldDefinition> FIELDS = SampleFields.definitions().stream()
      .map(d -> ExtraFieldDefinition.builder().key(FieldKey.of(d.key())).label(d.label()).type(d.type())
          .required(d.required()).choices(d.choices()).build())
      .toList();

  private SampleCards() {}

  static Customer customer(CustomerForm form, TenantId tenant, CustomerNumber number, Instant created) {
    Optional<Address> address = form.street().map(street -> address(street, form.houseNumber(), form.box(),
        form.postalCode(), form.city(), form.country()));
    Party party = form.kind().orElseThrow() == PartyKind.COMPANY
        ? new Party.Company(form.companyName().orElseThrow(), form.legalForm())
        : new Party.Person(form.salutation(), form.firstName(), form.lastName().orElseThrow());
    CountryCode country = address.map(Address::country).orElse(CountryCode.BELGIUM);
    Optional<VatNumber> vat = form.vatNumber().map(v -> VatNumber.parse(v, country.value()).orThrow());
    Customer.Builder card = Customer.builder().id(CustomerId.random()).tenant(tenant).number(number).party(party)
        .address(address)
        .phone(form.phone().map(p -> PhoneNumber.parse(p, CountryCode.BELGIUM).orThrow()))
        .mobile(form.mobile().map(p -> PhoneNumber.parse(p, CountryCode.BELGIUM).orThrow()))
        .email(form.email().map(e -> EmailAddress.parse(e).orThrow()))
        .website(form.website())
        .vatNumber(vat).enterpriseNumber(vat.flatMap(VatNumber::enterpriseNumber))
        .vatRegime(form.vatRegime().map(r -> VatRegime.valueOf(r.toUpperCase(Locale.ROOT)))
            .orElseGet(() -> VatRegime.defaultFor(vat, party instanceof Party.Person)))
        .language(form.language().flatMap(Language::fromCode).orElse(Language.NL))
        .paymentTermDays(form.paymentTermDays().map(Integer::parseInt).orElse(30))
        .discountPercent(form.discount().map(SampleCards::percent).orElse(BigDecimal.ZERO))
        .bankAccount(form.iban().map(iban -> BankAccount.parse(iban, null).orThrow()))
        .created(created).updated(created).version(1);
    for (ExtraFieldDefinition field : FIELDS) {
      String text = form.fields().get(field.key().value());
      if (text != null) {
        card.putExtraFields(field.key(), field.parse(text).orThrow());
      }
    }
    for (AddressForm extra : form.extraAddresses()) {
      card.addExtraAddresses(ExtraAddress.builder().type(AddressType.valueOf(extra.type().toUpperCase(Locale.ROOT)))
          .isDefault(extra.isDefault()).name(extra.name()).address(address(extra.street().orElseThrow(),
              extra.houseNumber(), extra.box(), extra.postalCode(), extra.city(), extra.country())).build());
    }
    for (ContactPersonForm contact : form.contactPersons()) {
      card.addContactPersons(ContactPerson.builder().name(contact.name()).function(contact.function())
          .email(contact.email().map(e -> EmailAddress.parse(e).orThrow()))
          .phone(contact.phone().map(p -> PhoneNumber.parse(p, CountryCode.BELGIUM).orThrow())).build());
    }
    return card.build();
  }

  private static Address address(String street, Optional<String> houseNumber, Optional<String> box,
      Optional<String> postalCode, Optional<String> city, Optional<String> country) {
    return Address.parse(new Address.Parts(street, houseNumber.orElse(null), box.orElse(null), null,
        postalCode.orElse(null), city.orElse(null), country.orElse(null)), CountryCode.BELGIUM).orThrow();
  }

  private static BigDecimal percent(String text) {
    BigDecimal percent = new BigDecimal(text);
    return percent.stripTrailingZeros().scale() < 0 ? percent.setScale(0) : percent.stripTrailingZeros();
  }
}
