package org.customerkit.testkit.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
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
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.field.FieldValue;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.customerkit.core.domain.shared.Language;

/** Customers and definitions named for what they are, for the contract kit and the tests of any adapter. */
public final class CustomerFixtures {

  public static final Instant CREATED = Instant.parse("2026-03-02T09:15:30.250Z");

  private CustomerFixtures() {}

  /** A tenant no other test uses, so that a store need not be emptied between tests. */
  public static TenantId aFreshTenant() {
    return TenantId.of("t-" + java.util.UUID.randomUUID().toString().substring(0, 13));
  }

  public static Address gentAddress() {
    return Address.builder().street("Korenmarkt").houseNumber("16").box("2").postalCode("9000").city("Gent")
        .country(CountryCode.BELGIUM).build();
  }

  /** A Belgian company with everything on its card: addresses, contacts, bank account, extra fields. */
  public static Customer aBelgianCompany(TenantId tenant, String number) {
    return Customer.builder().id(CustomerId.random()).tenant(tenant).number(CustomerNumber.of(number))
        .party(new Party.Company("Bakkerij Peeters", Optional.of("BV")))
        .address(gentAddress())
        .addExtraAddresses(ExtraAddress.builder().type(AddressType.DELIVERY).isDefault(true)
            .name("Magazijn").address(Address.builder().street("Dok Noord").houseNumber("7").postalCode("9000")
                .city("Gent").country(CountryCode.BELGIUM).build()).build())
        .addExtraAddresses(ExtraAddress.builder().type(AddressType.BILLING).address(Address.builder()
            .line2("Boekhouding").street("Rue Neuve").houseNumber("1").postalCode("1000").city("Bruxelles")
            .country(CountryCode.BELGIUM).build()).build())
        .phone(PhoneNumber.of("09 223 45 67", CountryCode.BELGIUM))
        .mobile(PhoneNumber.of("0475 12 34 56", CountryCode.BELGIUM))
        .email(EmailAddress.of("info@bakkerij-peeters.be")).website("https://bakkerij-peeters.be")
        .addContactPersons(ContactPerson.builder().name("Els Peeters").function("Zaakvoerder")
            .email(EmailAddress.of("els@bakkerij-peeters.be")).build())
        .vatNumber(VatNumber.of("BE0403019261")).enterpriseNumber(VatNumber.of("BE0403019261").enterpriseNumber())
        .vatRegime(VatRegime.DOMESTIC).language(Language.NL).paymentTermDays(30).priceCategory("B")
        .discountPercent(new BigDecimal("2.5"))
        .bankAccount(BankAccount.of(Iban.of("BE48 3200 7018 4927")))
        .extraInfo("Levert enkel 's ochtends.\nBel eerst.")
        .putExtraFields(FieldKey.of("region"), new FieldValue.Choice("Oost-Vlaanderen"))
        .putExtraFields(FieldKey.of("since"), new FieldValue.Date(java.time.LocalDate.of(2019, 4, 1)))
        .putExtraFields(FieldKey.of("vip"), new FieldValue.YesNo(true))
        .putExtraFields(FieldKey.of("credit"), new FieldValue.Number(new BigDecimal("1500.75")))
        .putExtraFields(FieldKey.of("note"), new FieldValue.Text("Émile's vaste klant"))
        .created(CREATED).updated(CREATED).build();
  }

  /** A private person with a last name only and nothing else. */
  public static Customer aPersonWithoutVatNumber(TenantId tenant, String number) {
    return Customer.builder().id(CustomerId.random()).tenant(tenant).number(CustomerNumber.of(number))
        .party(new Party.Person(Optional.of("Mevrouw"), Optional.of("Françoise"), "Dubois"))
        .vatRegime(VatRegime.PRIVATE_PERSON).language(Language.FR)
        .created(CREATED).updated(CREATED).build();
  }

  /** A company in the Netherlands, intra-EU. */
  public static Customer aDutchCompany(TenantId tenant, String number) {
    return Customer.builder().id(CustomerId.random()).tenant(tenant).number(CustomerNumber.of(number))
        .party(new Party.Company("Groothandel De Vries", Optional.of("B.V.")))
        .address(Address.builder().street("Damrak").houseNumber("1").postalCode("1012 LG").city("Amsterdam")
            .country(CountryCode.of("NL")).build())
        .vatNumber(VatNumber.of("NL806753742B01")).vatRegime(VatRegime.INTRA_EU).language(Language.EN)
        .created(CREATED).updated(CREATED).build();
  }

  /** The extra fields {@link #aBelgianCompany} has values for. */
  public static Map<FieldKey, ExtraFieldDefinition> extraFields() {
    return Map.of(
        FieldKey.of("region"), ExtraFieldDefinition.builder().key(FieldKey.of("region")).label("Regio")
            .type(ExtraFieldType.CHOICE).addChoices("Oost-Vlaanderen", "West-Vlaanderen", "Brussel").build(),
        FieldKey.of("since"), ExtraFieldDefinition.builder().key(FieldKey.of("since")).label("Klant sinds")
            .type(ExtraFieldType.DATE).build(),
        FieldKey.of("vip"), ExtraFieldDefinition.builder().key(FieldKey.of("vip")).label("VIP")
            .type(ExtraFieldType.YES_NO).build(),
        FieldKey.of("credit"), ExtraFieldDefinition.builder().key(FieldKey.of("credit")).label("Kredietlimiet")
            .type(ExtraFieldType.NUMBER).build(),
        FieldKey.of("note"), ExtraFieldDefinition.builder().key(FieldKey.of("note")).label("Notitie")
            .type(ExtraFieldType.TEXT).build());
  }
}
