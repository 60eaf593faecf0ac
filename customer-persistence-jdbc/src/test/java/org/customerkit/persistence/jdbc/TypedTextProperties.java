package org.customerkit.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
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
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.view.ColumnKeys;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;
import org.customerkit.persistence.jdbc.internal.Tables;

/**
 * Whatever text a user types into any text field of the card, registering or editing a customer on a database
 * either saves a customer that reads back equal to what the use case returned, or is refused with reasons; never
 * a database error. Texts mix every plane, combining marks, bidi controls, characters that unfold into many
 * (U+FDFA, "ß", "…"); one card in three has a control character or a lone surrogate in one of its fields.
 */
abstract class TypedTextProperties extends DatabaseProperties {

  private static final AtomicLong TENANTS = new AtomicLong();


  /** A fresh tenant with a text extra field {@code note}. */
  private Customers freshTenant() {
    Customers customers = stores().moduleBuilder().build().forTenant(TenantId.of("text-"
        + TENANTS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)));
    customers.define(new ManageExtraFields.Definition("note", "Note", ExtraFieldType.TEXT, false, List.of()))
        .orThrow();
    return customers;
  }

  /** The customer saved is the customer the store reads, by id and in a list sorted on every text column. */
  private void readsBackEqual(Customers customers, Customer saved) {
    JdbcCustomerStores jdbc = stores();
    assertEquals(Optional.of(saved), customers.card(saved.id()));
    for (StandardColumn column : List.of(StandardColumn.COMPANY_NAME, StandardColumn.FULL_NAME,
        StandardColumn.ADDRESS, StandardColumn.CITY, StandardColumn.POSTAL_CODE)) {
      var query = new org.customerkit.core.application.port.out.CustomerQuery(new Filter.All().toCondition(),
          Sort.by(column), 10, Optional.empty());
      assertTrue(jdbc.customers().list(saved.tenant(), query).contains(saved), "listed by " + column);
    }
  }

  private Optional<Customer> registered(Customers customers, CustomerForm form) {
    Outcome<Customer> outcome = customers.register(new RegisterCustomer.Command(form));
    if (outcome instanceof Outcome.Done<Customer> done) {
      readsBackEqual(customers, done.value());
      return Optional.of(done.value());
    }
    assertTrue(!outcome.refusals().isEmpty(), "refused with reasons");
    return Optional.empty();
  }

  @Property(tries = 60, shrinking = ShrinkingMode.OFF)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void anyTypedTextIsSavedAndReadBackEqualOrRefused(@ForAll("forms") CustomerForm first,
      @ForAll("forms") CustomerForm second) {
    Customers customers = freshTenant();
    Optional<Customer> saved = registered(customers, first);
    Optional<Boolean> editSaved = Optional.empty();
    if (saved.isPresent()) {
      Outcome<Customer> edited = customers.edit(new EditCustomer.Command(saved.get().id(),
          saved.get().version(), second));
      if (edited instanceof Outcome.Done<Customer> done) {
        readsBackEqual(customers, done.value());
      } else {
        assertEquals(saved, customers.card(saved.get().id()), "a refused edit leaves the customer as it was");
      }
      editSaved = Optional.of(edited.isDone());
    }
    Statistics.collect(saved.isPresent() ? "registered" : "refused", editSaved.map(e -> e ? "edited" : "refused")
        .orElse("-"));
    Statistics.coverage(coverage -> {
      coverage.check("registered", "edited").percentage(p -> p >= 5);
      coverage.check("refused", "-").percentage(p -> p >= 5);
    });
  }

  /** Every column holding a sort key or a match text holds {@link ColumnKeys#MAX_KEY_LENGTH} characters. */
  @Example
  void everyKeyColumnHoldsTheLongestKey() throws SQLException {
    Tables tables = new Tables(stores().tablePrefix());
    List<String> keyColumns = new ArrayList<>();
    try (Connection connection = database().dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : List.of(tables.customers(), tables.fieldValues())) {
        try (ResultSet none = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
          ResultSetMetaData columns = none.getMetaData();
          for (int c = 1; c <= columns.getColumnCount(); c++) {
            String name = columns.getColumnName(c).toLowerCase(Locale.ROOT);
            if (name.endsWith("_sort") || name.endsWith("_match") || name.equals("sort_key")
                || name.equals("match_text")) {
              keyColumns.add(name);
              assertTrue(columns.getPrecision(c) >= ColumnKeys.MAX_KEY_LENGTH, name + ": " + columns.getPrecision(c));
            }
          }
        }
      }
    }
    assertEquals(22, keyColumns.size(), () -> "20 of the customers, 2 of the field values: " + keyColumns);
  }

  @Example
  void aCompanyNameUnfoldingBeyondItsSortColumnIsSaved() {
    Customers customers = freshTenant();
    assertTrue(registered(customers, CustomerForm.builder().companyName("\uFDFA".repeat(23)).build()).isPresent());
    assertTrue(registered(customers, CustomerForm.builder().companyName("\uFDFA".repeat(100)).build()).isPresent());
  }

  @Example
  void anExtraTextUnfoldingBeyondItsSortColumnIsSaved() {
    Customers customers = freshTenant();
    assertTrue(registered(customers, CustomerForm.builder().companyName("Straße BV")
        .putFields("note", "\u00DF".repeat(500)).build()).isPresent());
    assertTrue(registered(customers, CustomerForm.builder().companyName("Puntjes BV")
        .putFields("note", "\u2026".repeat(500)).build()).isPresent());
  }

  @Example
  void aNulCharacterIsRefusedNamingItsField() {
    Customers customers = freshTenant();
    Outcome<Customer> outcome = customers.register(new RegisterCustomer.Command(CustomerForm.builder()
        .kind(PartyKind.PERSON).firstName("Jan\u0000").lastName("Peeters").city("Ge\u0000nt").build()));

    assertEquals(List.of("firstName CONTROL_CHARACTER", "city CONTROL_CHARACTER"), outcome.refusals().stream()
        .map(r -> r.field() + " " + r.reason()).toList());
  }

  @Example
  void aLoneSurrogateIsRefusedNamingItsField() {
    Customers customers = freshTenant();
    Outcome<Customer> outcome = customers.register(new RegisterCustomer.Command(CustomerForm.builder()
        .companyName("Bakkerij \uD83D").putFields("note", "\uDE00 x").build()));

    assertEquals(List.of("companyName BROKEN_CHARACTER", "fields.note BROKEN_CHARACTER"), outcome.refusals()
        .stream().map(r -> r.field() + " " + r.reason()).toList());
  }

  /** A card of text a store can keep; one in three with a control character or a lone surrogate in one field. */
  @Provide
  Arbitrary<CustomerForm> forms() {
    Arbitrary<String> bad = Arbitraries.of("\u0000", "\u0001", "\u001B", "\u007F", "\u0085", "\u009F",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF");
    List<BiFunction<CustomerForm.Builder, String, CustomerForm.Builder>> fields = List.of(
        (b, t) -> b.companyName("Bakkerij " + t), (b, t) -> b.lastName(t + "Peeters"), (b, t) -> b.firstName(t),
        (b, t) -> b.legalForm(t), (b, t) -> b.salutation(t), (b, t) -> b.street("Kerk" + t + "straat"),
        (b, t) -> b.houseNumber(t), (b, t) -> b.box(t), (b, t) -> b.line2(t), (b, t) -> b.postalCode(t),
        (b, t) -> b.city(t), (b, t) -> b.website(t), (b, t) -> b.priceCategory(t), (b, t) -> b.extraInfo(t),
        (b, t) -> b.putFields("note", t));
    Arbitrary<CustomerForm> spoiled = Combinators.combine(keepableForms(), Arbitraries.of(fields), bad)
        .as((form, field, character) -> field.apply(CustomerForm.builder().from(form), character).build());
    return Arbitraries.frequencyOf(Tuple.of(2, keepableForms()), Tuple.of(1, spoiled));
  }

  private Arbitrary<CustomerForm> keepableForms() {
    Arbitrary<Optional<String>> text = text().optional(0.4);
    Arbitrary<Optional<String>> name = text().optional(0.9);
    Arbitrary<AddressForm> extraAddress = Builders.withBuilder(AddressForm::builder)
        .use(Arbitraries.of("billing", "delivery", "other")).in((b, t) -> b.type(t))
        .use(text).in((b, t) -> b.name(t))
        .use(text).in((b, t) -> b.street(t))
        .use(text).in((b, t) -> b.city(t))
        .use(text).in((b, t) -> b.line2(t))
        .use(text).in((b, t) -> b.postalCode(t))
        .build(b -> b.country("FR").build());
    Arbitrary<ContactPersonForm> contact = Builders.withBuilder(ContactPersonForm::builder)
        .use(text()).in((b, t) -> b.name(t))
        .use(text).in((b, t) -> b.function(t))
        .build(ContactPersonForm.Builder::build);
    return Builders.withBuilder(CustomerForm::builder)
        .use(Arbitraries.of(PartyKind.values()).optional(0.7)).in((b, k) -> b.kind(k))
        .use(name).in((b, t) -> b.companyName(t))
        .use(text).in((b, t) -> b.legalForm(t))
        .use(text).in((b, t) -> b.salutation(t))
        .use(text).in((b, t) -> b.firstName(t))
        .use(name).in((b, t) -> b.lastName(t))
        .use(text).in((b, t) -> b.street(t))
        .use(text).in((b, t) -> b.houseNumber(t))
        .use(text).in((b, t) -> b.box(t))
        .use(text).in((b, t) -> b.line2(t))
        .use(text).in((b, t) -> b.postalCode(t))
        .use(text).in((b, t) -> b.city(t))
        .use(text).in((b, t) -> b.website(t))
        .use(text).in((b, t) -> b.priceCategory(t))
        .use(text).in((b, t) -> b.extraInfo(t))
        .use(text).in((b, t) -> {
          t.ifPresent(note -> b.putFields("note", note));
          return b;
        })
        .use(extraAddress.list().ofMaxSize(2)).in((b, a) -> b.extraAddresses(a))
        .use(contact.list().ofMaxSize(2)).in((b, c) -> b.contactPersons(c))
        .build(b -> b.country("NL").build());
  }

  /** Text of every plane that a store can keep, though it may unfold into more than it looks. */
  private static Arbitrary<String> text() {
    return piece().list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("", parts));
  }

  private static Arbitrary<String> piece() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5);
    Arbitrary<String> anyCharacter = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
        .filter(cp -> !Character.isISOControl(cp) && !(cp >= 0xD800 && cp <= 0xDFFF))
        .map(cp -> new String(Character.toChars(cp)));
    Arbitrary<String> marks = Arbitraries.of("\u0301", "\u0308", "\u0327", "\u200B", "\u200D", "\u200F",
        "\u202A", "\u202E", "\u2066", "\u2069", "\uFEFF", "\uFE0F", " ", "\t", "\n", "\u00A0", "\u2003", "E\u0301",
        "\uFFFD", "\uFFFE", "\uFFFF", "\uD83D\uDE00");
    Arbitrary<String> unfolding = Arbitraries.of("\uFDFA", "\u00DF", "\u2026", "\uFB03", "\u3392", "\u2474")
        .flatMap(c -> Arbitraries.integers().between(1, 12).map(c::repeat));
    return Arbitraries.frequencyOf(Tuple.of(6, word), Tuple.of(4, anyCharacter), Tuple.of(3, marks),
        Tuple.of(1, unfolding));
  }
}
