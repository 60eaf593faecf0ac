package org.customerkit.core.application;

import org.customerkit.core.domain.customer.TenantSettings;
import org.customerkit.core.wiring.CustomerModule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.customerkit.core.application.port.in.AddressForm;
import org.customerkit.core.application.port.in.ContactPersonForm;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.EditCustomer;
import org.customerkit.core.application.port.in.ListRequest;
import org.customerkit.core.application.port.in.ManageExtraFields;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.AddressType;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerEvent;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.NumberPattern;
import org.customerkit.core.domain.customer.Party;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.customer.VatRegime;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.field.FieldValue;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Warning;
import org.customerkit.core.domain.contact.CountryCode;
import org.customerkit.core.inmemory.InMemoryStores;
import org.junit.jupiter.api.Test;

class CustomerUseCasesTest {

  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId OTHER = TenantId.of("other");

  private final List<CustomerEvent> events = new ArrayList<>();
  private final Map<String, Long> documents = new java.util.HashMap<>();
  private final InMemoryStores stores = new InMemoryStores();
  private final CustomerModule module = stores.moduleBuilder()
      .events(events::add)
      .salesLedger((tenant, id) -> documents.getOrDefault(tenant + "/" + id, 0L))
      .clock(Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC))
      .build();
  private final Customers customers = module.forTenant(ACME);

  private static CustomerForm.Builder bakery() {
    return CustomerForm.builder().companyName("Bakkerij Peeters").legalForm("BV").street("Korenmarkt")
        .houseNumber("16").postalCode("9000").city("Gent").vatNumber("be 0403.019.261").phone("09 223 45 67")
        .email("Info@Bakkerij-Peeters.BE").iban("BE48 3200 7018 4927");
  }

  private Customer register(CustomerForm form) {
    return customers.register(new RegisterCustomer.Command(form)).orThrow();
  }

  @Test
  void registeringParsesEveryFieldAndNumbersFromTenThousand() {
    Customer customer = register(bakery().build());
    assertEquals("10000", customer.number().value());
    assertEquals("Bakkerij Peeters BV", customer.fullName());
    assertEquals("BE0403019261", customer.vatNumber().orElseThrow().canonical());
    assertEquals("0403019261", customer.enterpriseNumber().orElseThrow().digits());
    assertEquals("0208:0403019261", customer.effectivePeppolId().orElseThrow().toString());
    assertEquals("+3292234567", customer.phone().orElseThrow().e164());
    assertEquals("BBRUBEBB", customer.bankAccount().orElseThrow().bic().orElseThrow().value());
    assertEquals(VatRegime.DOMESTIC, customer.vatRegime());
    assertEquals(Language.NL, customer.language());
    assertEquals(1, customer.version());
    assertEquals("10001", register(bakery().vatNumber("BE0417497106").build()).number().value());
    assertEquals(List.of(new CustomerEvent.Registered(customer)), events.subList(0, 1));
  }

  @Test
  void theCardShowsWhatWasRegistered() {
    Customer customer = register(bakery().build());
    assertEquals(Optional.of(customer), customers.card(customer.id()));
    assertEquals(Optional.of(customer), customers.cardByNumber(customer.number()));
    assertEquals(Optional.empty(), module.forTenant(OTHER).card(customer.id()));
  }

  @Test
  void everyWrongFieldIsRefusedAtOnceNamingTheFieldInTheUsersLanguage() {
    Outcome<Customer> outcome = customers.register(new RegisterCustomer.Command(bakery()
        .vatNumber("BE0403019262").iban("BE41091811735141").postalCode("900").email("not an address")
        .putFields("nope", "x").addExtraAddresses(AddressForm.builder().type("delivery").postalCode("12").build())
        .build()));
    Outcome.Refused<Customer> refused = (Outcome.Refused<Customer>) outcome;
    // every value in the card's order first, then the rules that span fields (CardPolicies)
    assertEquals(List.of("postalCode", "email", "vatNumber", "iban", "extraAddresses[0].postalCode", "fields.nope"),
        refused.refusals().stream().map(r -> r.field()).toList());
    String dutch = refused.message(Locale.forLanguageTag("nl-BE"));
    assertTrue(dutch.contains("Btw-nummer is ongeldig: de controlecijfers kloppen niet."), dutch);
    assertTrue(dutch.contains("Postcode (extra adres 1)"), dutch);
    String french = refused.message(Locale.FRENCH);
    assertTrue(french.contains("Le num\u00e9ro de TVA n'est pas valide"), french);
    String german = refused.message(Locale.GERMAN);
    assertTrue(german.contains("MwSt.-Nummer ist ung\u00fcltig"), german);
    assertEquals(List.of(), stores.customers().list(ACME, new org.customerkit.core.application.port.out.CustomerQuery(
        new org.customerkit.core.view.Condition.Always(), org.customerkit.core.view.Sort.by(
            org.customerkit.core.view.StandardColumn.NUMBER), 10, Optional.empty())));
  }

  @Test
  void anIbanWhoseBankCodeTheListLacksIsSavedWithAWarningNotARefusal() {
    Outcome<Customer> outcome = customers.register(new RegisterCustomer.Command(
        bakery().iban("BE68 5390 0754 7034").build()));

    Customer saved = outcome.orThrow();
    assertEquals("BE68539007547034", saved.bankAccount().orElseThrow().iban().canonical());
    assertEquals(Optional.empty(), saved.bankAccount().orElseThrow().bic());
    assertEquals(Optional.of(saved), customers.card(saved.id()));
    assertEquals(List.of(Warning.of("iban", Reason.UNKNOWN_BANK, "539")), outcome.warnings());
    Warning warning = outcome.warnings().get(0);
    assertEquals("IBAN: bank code 539 is not in the list of Belgian banks this version knows; the BIC stays"
        + " unknown.", warning.message(Locale.ENGLISH));
    assertEquals("IBAN: bankcode 539 staat niet in de lijst van Belgische banken die deze versie kent; de BIC"
        + " blijft onbekend.", warning.message(Locale.forLanguageTag("nl")));
    assertEquals("L'IBAN : le code banque 539 ne figure pas dans la liste des banques belges que cette version"
        + " conna\u00eet ; le BIC reste inconnu.", warning.message(Locale.FRENCH));
    assertEquals("Die IBAN: Bankcode 539 steht nicht in der Liste belgischer Banken dieser Version; der BIC bleibt"
        + " unbekannt.", warning.message(Locale.GERMAN));
  }

  @Test
  void anEditToSuchAnIbanWarnsTooAndAListedBankDoesNot() {
    Outcome<Customer> registered = customers.register(new RegisterCustomer.Command(bakery().build()));
    assertEquals(List.of(), registered.warnings());
    Customer customer = registered.orThrow();

    Outcome<Customer> edited = customers.edit(new EditCustomer.Command(customer.id(), 1,
        CustomerForm.builder().from(CustomerForm.of(customer)).iban("BE83138811735115").build()));

    assertEquals(List.of(Warning.of("iban", Reason.UNKNOWN_BANK, "138")), edited.warnings());
    assertEquals("BE83138811735115", edited.orThrow().bankAccount().orElseThrow().iban().canonical());
  }

  @Test
  void jakartaConstraintsRefuseOverlongInputNamingTheField() {
    Outcome<Customer> outcome = customers.register(new RegisterCustomer.Command(bakery()
        .companyName("x".repeat(101)).addContactPersons(ContactPersonForm.builder().name("y".repeat(101)).build())
        .build()));
    assertEquals(List.of("companyName", "contactPersons[0].name"),
        outcome.refusals().stream().map(r -> r.field()).sorted().toList());
    assertTrue(outcome.refusals().stream().allMatch(r -> r.reason() == Reason.TOO_LONG));
  }

  @Test
  void aPersonNeedsALastNameAndACompanyAName() {
    assertEquals(List.of("lastName"), customers.register(new RegisterCustomer.Command(CustomerForm.builder()
        .kind(org.customerkit.core.application.port.in.PartyKind.PERSON).firstName("Jan").build()))
        .refusals().stream().map(r -> r.field()).toList());
    assertEquals(List.of("companyName"), customers.register(new RegisterCustomer.Command(
        CustomerForm.builder().build())).refusals().stream().map(r -> r.field()).toList());
    Customer person = register(CustomerForm.builder().firstName("Fran\u00e7oise").lastName("Dubois").build());
    assertTrue(person.party() instanceof Party.Person);
    assertEquals(VatRegime.PRIVATE_PERSON, person.vatRegime());
  }

  @Test
  void aGivenNumberIsAcceptedWhenFreeAndSkippedByTheSequence() {
    register(bakery().number("10001").build());
    assertEquals("10000", register(bakery().build()).number().value());
    assertEquals("10002", register(bakery().build()).number().value());
    Outcome<Customer> taken = customers.register(new RegisterCustomer.Command(bakery().number("10000").build()));
    assertTrue(((Outcome.Refused<Customer>) taken).has(Reason.NUMBER_TAKEN));
    assertEquals("10000", module.forTenant(OTHER).register(new RegisterCustomer.Command(bakery().number("10000")
        .build())).orThrow().number().value());
  }

  @Test
  void aPatternWithTheYearCountsPerYear() {
    CustomerModule yearly = stores.moduleBuilder().clock(Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"),
        ZoneOffset.UTC)).tenantSettings(t -> new TenantSettings(new NumberPattern("K{yyyy}-{seq:4}", 1),
        CountryCode.BELGIUM, Language.FR, 14)).build();
    Customers k = yearly.forTenant(TenantId.of("yearly"));
    Customer first = k.register(new RegisterCustomer.Command(bakery().build())).orThrow();
    assertEquals("K2026-0001", first.number().value());
    assertEquals(Language.FR, first.language());
    assertEquals(14, first.paymentTermDays());
    assertEquals("K2026-0002", k.register(new RegisterCustomer.Command(bakery().build())).orThrow().number().value());
  }

  @Test
  void anEditReplacesTheCardAndASecondEditFromTheSameVersionIsRefused() {
    Customer customer = register(bakery().build());
    CustomerForm changed = CustomerForm.builder().from(CustomerForm.of(customer)).city("Brugge").postalCode("8000")
        .build();
    Customer edited = customers.edit(new EditCustomer.Command(customer.id(), 1, changed)).orThrow();
    assertEquals("Brugge", edited.address().orElseThrow().city().orElseThrow());
    assertEquals(2, edited.version());
    assertEquals(customer.number(), edited.number());
    Outcome<Customer> stale = customers.edit(new EditCustomer.Command(customer.id(), 1, CustomerForm.of(customer)));
    assertTrue(((Outcome.Refused<Customer>) stale).has(Reason.STALE_VERSION));
    assertEquals(Optional.of(edited), customers.card(customer.id()));
    assertTrue(events.get(events.size() - 1) instanceof CustomerEvent.Updated);
  }

  @Test
  void theFormOfAStoredCustomerGivesTheSameCustomerBack() {
    defineAllFields();
    Customer customer = register(bakery().putFields("region", "oost-vlaanderen").putFields("vip", "ja")
        .putFields("since", "2019-04-01").putFields("credit", "1500,75")
        .addExtraAddresses(AddressForm.builder().type("levering").isDefault(true).street("Dok Noord")
            .houseNumber("7").postalCode("9000").city("Gent").build())
        .addContactPersons(ContactPersonForm.builder().name("Els Peeters").function("Zaakvoerder")
            .email("els@bakkerij-peeters.be").phone("0475 12 34 56").build())
        .extraInfo("Levert enkel 's ochtends.").discount("2,5%").paymentTermDays("60").build());
    Customer again = customers.edit(new EditCustomer.Command(customer.id(), 1, CustomerForm.of(customer))).orThrow();
    assertEquals(customer.toBuilder().version(2).build(), again);
    assertEquals(new FieldValue.Choice("Oost-Vlaanderen"), customer.extraFields().get(FieldKey.of("region")));
    assertEquals(AddressType.DELIVERY, customer.defaultAddress(AddressType.DELIVERY).orElseThrow().type());
  }

  @Test
  void requiredExtraFieldsAndTheirTypesAreChecked() {
    defineAllFields();
    customers.define(new ManageExtraFields.Definition("segment", "Segment", ExtraFieldType.TEXT, true, List.of()))
        .orThrow();
    Outcome<Customer> outcome = customers.register(new RegisterCustomer.Command(bakery().putFields("vip", "misschien")
        .putFields("since", "gisteren").putFields("credit", "veel").putFields("region", "Limburg").build()));
    assertEquals(List.of("fields.region", "fields.since", "fields.vip", "fields.credit", "fields.segment"),
        outcome.refusals().stream().map(r -> r.field()).toList());
  }

  @Test
  void aFieldMadeRequiredLaterAppliesToNewCustomersAndToEditsThatTouchIt() {
    Customer savedBefore = register(bakery().build());
    customers.define(new ManageExtraFields.Definition("segment", "Segment", ExtraFieldType.TEXT, true, List.of()))
        .orThrow();

    Customer moved = customers.edit(new EditCustomer.Command(savedBefore.id(), 1,
        CustomerForm.builder().from(CustomerForm.of(savedBefore)).city("Brugge").postalCode("8000").build()))
        .orThrow();
    Outcome<Customer> blanked = customers.edit(new EditCustomer.Command(savedBefore.id(), 2,
        CustomerForm.builder().from(CustomerForm.of(moved)).putFields("segment", " ").build()));
    Outcome<Customer> newOne = customers.register(new RegisterCustomer.Command(bakery().build()));

    assertEquals(Optional.of("Brugge"), moved.address().orElseThrow().city());
    assertEquals(List.of("fields.segment"), blanked.refusals().stream().map(r -> r.field()).toList());
    assertEquals(List.of("fields.segment"), newOne.refusals().stream().map(r -> r.field()).toList());
    assertEquals("horeca", customers.edit(new EditCustomer.Command(savedBefore.id(), 2,
        CustomerForm.builder().from(CustomerForm.of(moved)).putFields("segment", "horeca").build())).orThrow()
        .extraFields().get(FieldKey.of("segment")).text());
  }

  @Test
  void theCustomersMissingARequiredFieldAreOneCallAway() {
    Customer without = register(bakery().build());
    customers.define(new ManageExtraFields.Definition("segment", "Segment", ExtraFieldType.TEXT, true, List.of()))
        .orThrow();
    register(bakery().vatNumber("BE0417497106").putFields("segment", "horeca").build());

    List<String> missing = customers.list(ListRequest.missing(FieldKey.of("segment"))).orThrow().page().items()
        .stream().map(row -> row.id().toString()).toList();

    assertEquals(List.of(without.id().toString()), missing);
  }

  @Test
  void removingAFieldIsRefusedWhileCustomersHaveValuesUnlessTheyAreDropped() {
    customers.define(new ManageExtraFields.Definition("segment", "Segment", ExtraFieldType.TEXT, false, List.of()))
        .orThrow();
    Customer withValue = register(bakery().putFields("segment", "horeca").build());
    register(bakery().vatNumber("BE0417497106").build());

    Outcome<FieldKey> refused = customers.remove(FieldKey.of("segment"));
    Outcome<FieldKey> dropped = customers.remove(FieldKey.of("segment"), true);

    assertTrue(((Outcome.Refused<?>) refused).has(Reason.HAS_VALUES), refused::toString);
    assertEquals("Extra field segment cannot be removed: 1 customer(s) have a value for it. Drop the values"
        + " too, or keep the field.", ((Outcome.Refused<?>) refused).message(Locale.ENGLISH));
    assertEquals(FieldKey.of("segment"), dropped.orThrow());
    assertEquals(List.of(), customers.fields());
    Customer after = customers.card(withValue.id()).orElseThrow();
    assertEquals(Map.of(), after.extraFields());
    assertEquals(2, after.version());
  }

  @Test
  void deletingIsRefusedWhileTheHostHasSalesDocumentsWithTheirCount() {
    Customer customer = register(bakery().build());
    documents.put(ACME + "/" + customer.id(), 3L);
    Outcome<?> refused = customers.delete(customer.id());
    String message = ((Outcome.Refused<?>) refused).message(Locale.forLanguageTag("nl"));
    assertTrue(message.contains("er zijn 3 verkoopdocumenten") && message.contains("Archiveer"), message);
    assertTrue(customers.card(customer.id()).isPresent());
    documents.clear();
    assertEquals(customer.id(), customers.delete(customer.id()).orThrow());
    assertEquals(Optional.empty(), customers.card(customer.id()));
    assertTrue(events.get(events.size() - 1) instanceof CustomerEvent.Deleted);
  }

  @Test
  void archivingHidesACustomerFromTheDefaultViewsUntilReactivated() {
    Customer customer = register(bakery().build());
    Customer archived = customers.archive(customer.id()).orThrow();
    assertTrue(archived.isArchived());
    assertTrue(((Outcome.Refused<Customer>) customers.archive(customer.id())).has(Reason.ALREADY_ARCHIVED));
    assertEquals(0, customers.list(org.customerkit.core.application.port.in.ListRequest.ofView("all")).orThrow()
        .page().items().size());
    assertFalse(customers.reactivate(customer.id()).orThrow().isArchived());
    assertEquals(1, customers.list(org.customerkit.core.application.port.in.ListRequest.ofView("all")).orThrow()
        .page().items().size());
  }

  @Test
  void aListenerThatFailsDoesNotUndoTheChange() {
    Customers noisy = stores.moduleBuilder().events(e -> {
      throw new IllegalStateException("listener down");
    }).build().forTenant(ACME);
    // slf4j-simple writes to the System.err of the moment: the warning is caught here, not printed in the build
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    Customer customer;
    try {
      customer = noisy.register(new RegisterCustomer.Command(bakery().build())).orThrow();
    } finally {
      System.setErr(err);
    }
    String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(noisy.card(customer.id()).isPresent());
    assertTrue(log.contains("WARN") && log.contains("customer event listener failed for Registered"), log);
    assertTrue(log.contains("listener down"), log);
  }

  @Test
  void aFieldCannotChangeItsType() {
    customers.define(new ManageExtraFields.Definition("vip", "VIP", ExtraFieldType.YES_NO, false, List.of()))
        .orThrow();
    assertTrue(((Outcome.Refused<?>) customers.define(new ManageExtraFields.Definition("vip", "VIP",
        ExtraFieldType.TEXT, false, List.of()))).has(Reason.MISMATCH));
    assertTrue(((Outcome.Refused<?>) customers.define(new ManageExtraFields.Definition("kleur", "Kleur",
        ExtraFieldType.CHOICE, false, List.of()))).has(Reason.REQUIRED));
    assertEquals(FieldKey.of("vip"), customers.remove(FieldKey.of("vip")).orThrow());
    assertEquals(List.of(), customers.fields());
  }

  private void defineAllFields() {
    customers.define(new ManageExtraFields.Definition("region", "Regio", ExtraFieldType.CHOICE, false,
        List.of("Oost-Vlaanderen", "West-Vlaanderen"))).orThrow();
    customers.define(new ManageExtraFields.Definition("since", "Klant sinds", ExtraFieldType.DATE, false,
        List.of())).orThrow();
    customers.define(new ManageExtraFields.Definition("vip", "VIP", ExtraFieldType.YES_NO, false, List.of()))
        .orThrow();
    customers.define(new ManageExtraFields.Definition("credit", "Krediet", ExtraFieldType.NUMBER, false,
        List.of())).orThrow();
  }

  @Test
  void numbersAreNeverReusedAcrossTenantsOrWithinOne() {
    for (int i = 0; i < 5; i++) {
      register(bakery().build());
    }
    assertEquals(CustomerNumber.of("10005"), register(bakery().build()).number());
  }
}
