package org.customerkit.persistence.jdbc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.customerkit.core.domain.bank.BankAccount;
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
import org.customerkit.core.domain.customer.ExtraAddress;
import org.customerkit.core.domain.customer.Party;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.customer.VatRegime;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.field.FieldValue;
import org.customerkit.core.domain.fiscal.PeppolParticipantId;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.customerkit.core.domain.shared.Language;

/** Customers for the store tests, named for what they are. */
final class Customers {

  static final Instant CREATED = Instant.parse("2026-03-01T09:15:30.123456Z");

  private Customers() {}

  /** A Belgian company with everything on its card filled in: addresses, contacts, bank, extra fields. */
  static Customer aBelgianCompanyWithEverything(TenantId tenant, String number) {
    VatNumber vat = VatNumber.of("BE0417497106");
    return Customer.builder().id(CustomerId.random()).tenant(tenant).number(CustomerNumber.of(number))
        .party(new Party.Company("Bakkerij Peeters", Optional.of("BV")))
        .address(Address.builder().street("Veldstraat").houseNumber("12").box("3").line2("Magazijn")
            .postalCode("9000").city("Gent").country(CountryCode.BELGIUM).build())
        .addExtraAddresses(ExtraAddress.builder().type(AddressType.DELIVERY).name("Depot Liège").isDefault(true)
            .address(Address.builder().street("Rue de l'Église").houseNumber("4").postalCode("4000").city("Liège")
                .country(CountryCode.BELGIUM).build()).build())
        .addExtraAddresses(ExtraAddress.builder().type(AddressType.BILLING)
            .address(Address.builder().city("Antwerpen").country(CountryCode.BELGIUM).build()).build())
        .phone(PhoneNumber.of("09 223 45 67", CountryCode.BELGIUM))
        .mobile(PhoneNumber.of("0470 12 34 56", CountryCode.BELGIUM))
        .email(EmailAddress.of("Info@Bakkerij-Peeters.be")).website("https://bakkerij-peeters.be")
        .addContactPersons(ContactPerson.builder().name("An Peeters").function("Boekhouding")
            .email(EmailAddress.of("an@bakkerij-peeters.be")).phone(PhoneNumber.of("09 223 45 67", CountryCode.BELGIUM))
            .build())
        .addContactPersons(ContactPerson.builder().name("Émile Dubois").build())
        .vatNumber(vat).enterpriseNumber(vat.enterpriseNumber()).vatRegime(VatRegime.DOMESTIC)
        .language(Language.FR).paymentTermDays(45).priceCategory("B").discountPercent(new BigDecimal("2.50"))
        .bankAccount(BankAccount.of(Iban.of("BE05001362993375")))
        .peppolId(PeppolParticipantId.of("0208:0417497106"))
        .extraInfo("Levering vóór 7u.\nSleutel bij de buren.")
        .putExtraFields(FieldKey.of("region"), new FieldValue.Choice("Oost-Vlaanderen"))
        .putExtraFields(FieldKey.of("since"), new FieldValue.Date(LocalDate.of(2011, 5, 2)))
        .putExtraFields(FieldKey.of("credit"), new FieldValue.Number(new BigDecimal("-1250.75")))
        .putExtraFields(FieldKey.of("vip"), new FieldValue.YesNo(true))
        .putExtraFields(FieldKey.of("note"), new FieldValue.Text("50% korting_actie"))
        .created(CREATED).updated(CREATED.plusSeconds(60)).build();
  }

  /** A private person known by name only. */
  static Customer aPersonWithoutVatNumber(TenantId tenant, String number, String lastName) {
    return Customer.builder().id(CustomerId.random()).tenant(tenant).number(CustomerNumber.of(number))
        .party(new Party.Person(Optional.of("Mevrouw"), Optional.of("Els"), lastName))
        .vatRegime(VatRegime.PRIVATE_PERSON).created(CREATED).updated(CREATED).build();
  }

  static Customer aCompanyNamed(TenantId tenant, String number, String name) {
    return Customer.builder().id(CustomerId.random()).tenant(tenant).number(CustomerNumber.of(number))
        .party(new Party.Company(name, Optional.empty())).created(CREATED).updated(CREATED).build();
  }
}
