package org.customerkit.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.customerkit.core.application.port.in.AddressForm;
import org.customerkit.core.application.port.in.ContactPersonForm;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.EditCustomer;
import org.customerkit.core.application.port.in.ManageExtraFields;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.in.PartyKind;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.Party;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.field.FieldValue;
import org.customerkit.core.inmemory.InMemoryStores;
import org.junit.jupiter.api.Test;

/** Free text on the card: kept in NFC, refused with a reason per field when it holds what no store keeps. */
class TypedTextUseCaseTest {

  private final Customers customers = new InMemoryStores().moduleBuilder().build().forTenant(TenantId.of("acme"));

  TypedTextUseCaseTest() {
    customers.define(new ManageExtraFields.Definition("note", "Note", ExtraFieldType.TEXT, false, List.of()))
        .orThrow();
  }

  private static List<String> refusals(Outcome<?> outcome) {
    return outcome.refusals().stream().map(r -> r.field() + " " + r.reason()).toList();
  }

  @Test
  void aNameWithACombiningAccentIsKeptAsOneCharacter() {
    Customer customer = customers.register(new RegisterCustomer.Command(CustomerForm.builder()
        .kind(PartyKind.PERSON).firstName("E\u0301mile").lastName("Pee\u200Bters").city("Lie\u0300ge")
        .putFields("note", "cafe\u0301\nregel twee").build())).orThrow();

    assertEquals(new Party.Person(Optional.empty(), Optional.of("\u00C9mile"), "Pee\u200Bters"), customer.party());
    assertEquals(Optional.of("Li\u00E8ge"), customer.address().orElseThrow().city());
    assertEquals(new FieldValue.Text("caf\u00E9\nregel twee"), customer.extraFields().get(FieldKey.of("note")));
    assertEquals(Optional.of(customer), customers.card(customer.id()));
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreRefusedInEveryTextField() {
    Outcome<Customer> outcome = customers.register(new RegisterCustomer.Command(CustomerForm.builder()
        .companyName("Bakkerij\u0000").legalForm("B\uD800V").website("x\u001B.be").priceCategory("A\u0085")
        .street("Kerk\uDC00straat").extraInfo("regel\r\n\ttwee\u0007").putFields("note", "\u0000")
        .addExtraAddresses(AddressForm.builder().type("delivery").name("Depot\u0000").city("Gent").build())
        .addContactPersons(ContactPersonForm.builder().name("An\u0000").function("\uDBFF").build()).build()));

    assertEquals(List.of("companyName CONTROL_CHARACTER", "legalForm BROKEN_CHARACTER",
        "street BROKEN_CHARACTER", "website CONTROL_CHARACTER", "priceCategory CONTROL_CHARACTER",
        "extraInfo CONTROL_CHARACTER", "fields.note CONTROL_CHARACTER",
        "extraAddresses[0].name CONTROL_CHARACTER", "contactPersons[0].name CONTROL_CHARACTER",
        "contactPersons[0].function BROKEN_CHARACTER"), refusals(outcome));
  }

  @Test
  void tabsAndLineBreaksAreKeptInNotesAndMadeSpacesInNames() {
    Customer customer = customers.register(new RegisterCustomer.Command(CustomerForm.builder()
        .companyName("Bakkerij\t\nPeeters").extraInfo("eerste\r\n\tregel").build())).orThrow();

    assertEquals("Bakkerij Peeters", customer.fullName());
    assertEquals(Optional.of("eerste\r\n\tregel"), customer.extraInfo());
  }

  @Test
  void aRefusedEditLeavesTheCustomerAsItWas() {
    Customer customer = customers.register(new RegisterCustomer.Command(CustomerForm.builder()
        .companyName("Bakkerij Peeters").build())).orThrow();

    Outcome<Customer> edited = customers.edit(new EditCustomer.Command(customer.id(), customer.version(),
        CustomerForm.builder().from(CustomerForm.of(customer)).city("Gent\u0000").build()));

    assertEquals(List.of("city CONTROL_CHARACTER"), refusals(edited));
    assertEquals(Optional.of(customer), customers.card(customer.id()));
  }
}
