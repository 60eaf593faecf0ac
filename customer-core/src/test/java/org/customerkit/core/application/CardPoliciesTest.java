package org.customerkit.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.customerkit.core.application.port.in.AddressForm;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.PartyKind;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.fiscal.EnterpriseNumber;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.junit.jupiter.api.Test;

/** Each rule of the card that spans fields, alone. */
class CardPoliciesTest {

  private static final ExtraFieldDefinition REGION = ExtraFieldDefinition.builder().key(FieldKey.of("region"))
      .label("Regio").type(ExtraFieldType.TEXT).required(true).build();

  private static CardPolicies.ReadCard card(CustomerForm form) {
    return new CardPolicies.ReadCard(form, Optional.empty(), Optional.empty(), List.of(REGION), true);
  }

  @Test
  void aCompanyNeedsItsNameAndAPersonItsLastName() {
    assertEquals(List.of(Refusal.of("companyName", Reason.REQUIRED)), CardPolicies.PARTY_IS_NAMED.check(
        card(CustomerForm.builder().kind(PartyKind.COMPANY).legalForm("BV").build())));
    assertEquals(List.of(Refusal.of("lastName", Reason.REQUIRED)), CardPolicies.PARTY_IS_NAMED.check(
        card(CustomerForm.builder().kind(PartyKind.PERSON).firstName("Els").build())));
    assertEquals(List.of(), CardPolicies.PARTY_IS_NAMED.check(
        card(CustomerForm.builder().firstName("Els").lastName("Peeters").build())));
  }

  @Test
  void aTypedEnterpriseNumberIsTheVatNumbers() {
    CardPolicies.ReadCard mismatch = new CardPolicies.ReadCard(CustomerForm.builder().build(),
        Optional.of(VatNumber.of("BE0403019261")), EnterpriseNumber.parse("0417497106").toOptional(), List.of(),
        true);
    assertEquals(List.of(Refusal.of("enterpriseNumber", Reason.MISMATCH, "BE 0403.019.261")),
        CardPolicies.ENTERPRISE_NUMBER_IS_THE_VAT_NUMBERS.check(mismatch));
  }

  @Test
  void aBicNeedsAnIban() {
    assertEquals(List.of(Refusal.of("iban", Reason.REQUIRED)),
        CardPolicies.BIC_NEEDS_AN_IBAN.check(card(CustomerForm.builder().bic("GEBABEBB").build())));
  }

  @Test
  void aRequiredFieldBindsNewCustomersAndEditsThatNameIt() {
    CustomerForm silent = CustomerForm.builder().companyName("Acme").build();
    CustomerForm blanked = CustomerForm.builder().companyName("Acme").putFields("Region", " ").build();
    assertEquals(List.of(Refusal.of("fields.region", Reason.REQUIRED)),
        CardPolicies.REQUIRED_FIELDS_HAVE_A_VALUE.check(card(silent)));
    assertEquals(List.of(), CardPolicies.REQUIRED_FIELDS_HAVE_A_VALUE.check(
        new CardPolicies.ReadCard(silent, Optional.empty(), Optional.empty(), List.of(REGION), false)));
    assertEquals(List.of(Refusal.of("fields.region", Reason.REQUIRED)), CardPolicies.REQUIRED_FIELDS_HAVE_A_VALUE
        .check(new CardPolicies.ReadCard(blanked, Optional.empty(), Optional.empty(), List.of(REGION), false)));
  }

  @Test
  void onlyDefinedFieldsAndOneDefaultAddressPerType() {
    assertEquals(List.of(Refusal.of("fields.colour", Reason.UNKNOWN_FIELD)), CardPolicies.ONLY_DEFINED_FIELDS.check(
        card(CustomerForm.builder().putFields("region", "Oost").putFields("colour", "red").build())));
    AddressForm delivery = AddressForm.builder().type("delivery").isDefault(true).street("Dok").build();
    assertEquals(List.of(Refusal.of("extraAddresses[1]", Reason.DOUBLE_DEFAULT)),
        CardPolicies.ONE_DEFAULT_ADDRESS_PER_TYPE.check(card(CustomerForm.builder()
            .addExtraAddresses(delivery, delivery).build())));
  }
}
