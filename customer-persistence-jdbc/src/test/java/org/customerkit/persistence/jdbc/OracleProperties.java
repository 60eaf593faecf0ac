package org.customerkit.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.contact.CountryCode;
import org.customerkit.core.domain.contact.EmailAddress;
import org.customerkit.core.domain.contact.PhoneNumber;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.CustomerStatus;
import org.customerkit.core.domain.customer.Party;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.field.FieldValue;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.inmemory.InMemoryStores;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.ColumnKeys;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Direction;
import org.customerkit.core.view.ExtraFieldColumn;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.Keyset;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.SortKey;
import org.customerkit.core.view.StandardColumn;

/**
 * The oracle: a tenant full of generated customers (accents, case, empty fields, equal names, extra fields of every
 * type) beside a noise tenant, and random filters, sorts of one to three keys in mixed directions, searches and page
 * sizes. Every JDBC store must return exactly what the in-memory store returns, page by page through the whole
 * list, with the same counts and the same stream.
 */
abstract class OracleProperties extends DatabaseProperties {

  private static final AtomicLong TENANTS = new AtomicLong();

  private static final List<ExtraFieldColumn> FIELDS = List.of(
      new ExtraFieldColumn(FieldKey.of("note"), ExtraFieldType.TEXT, "Note"),
      new ExtraFieldColumn(FieldKey.of("amount"), ExtraFieldType.NUMBER, "Amount"),
      new ExtraFieldColumn(FieldKey.of("since"), ExtraFieldType.DATE, "Since"),
      new ExtraFieldColumn(FieldKey.of("vip"), ExtraFieldType.YES_NO, "VIP"),
      new ExtraFieldColumn(FieldKey.of("region"), ExtraFieldType.CHOICE, "Region"));

  private static final List<String> NAMES = List.of("Émile", "emile", "Emile", "De Smet", "de smet", "Desmet",
      "Bakkerij 't Hoekje", "Straße", "strasse", "Ça Va", "Ölçer", "Zeeman", "zeeman", "100% Bio", "a_b", "axb",
      "ÆON", "ﬁlm", "Ångström", "Łódź", "O'Neil", "  spaced   name ", "Zz", "A");
  private static final List<String> CITIES = List.of("Gent", "gent", "GENT", "Liège", "Liege", "Sint-Niklaas",
      "Zürich", "Brussel", "Bruxelles", "'s-Gravenbrakel", "Aalst");
  private static final List<String> STREETS = List.of("Veldstraat", "Rue de l'Église", "Kerkstraat", "kerkstraat",
      "Chaussée de Louvain", "Straße des 17. Juni");
  private static final List<String> POSTALS = List.of("9000", "1000", "4000", "9100", "8000", "B-2000", "75001");
  private static final List<String> COUNTRIES = List.of("BE", "NL", "FR", "DE", "LU");
  private static final List<String> EMAILS = List.of("jan@example.be", "Jan@Example.be", "x_y%z@test.com",
      "info@bakkerij.be", "émile@example.com");
  private static final List<String> TEXTS = List.of("", " ", "Oost-Vlaanderen", "oost", "50% korting", "a_b",
      "Émile", "emile", "zz", "100");
  private static final List<String> NUMBERS = List.of("-15", "-2", "-1.5", "0", "1.5", "15", "100", "0.001",
      "99999999.99");
  private static final List<String> CHOICES = List.of("Gent", "Antwerpen", "Liège", "Brussel");
  private static final List<String> KEYS = List.of("", "a", "b", "gent", "liege", "m", "z", "1", "2", "2001",
      "10000", "0000000000000001", "2026", "be", "be0417497106", "active", "archived", "nl", "+32", "%", "_",
      "emile", "de smet", "2026-03-01", "2500");
  private static final List<String> FRAGMENTS = List.of("", "e", "emile", "smet", "gent", "%", "_", "a_b", "0% b",
      "32", "9 223", "be0", "be", "straat", "!", "strasse", "archived", "200");
  private static final List<String> SEARCHES = List.of("gent", "emile", "smet", "0417 49", "9000", "bakkerij",
      "example", "100", "a", "liege", "32", "92234567", "st", "be0");

  private static final List<Column> COLUMNS;
  private static final List<PhoneNumber> PHONES;
  private static final List<VatNumber> VATS;

  static {
    List<Column> columns = new ArrayList<>(List.of(StandardColumn.values()));
    columns.addAll(FIELDS);
    COLUMNS = List.copyOf(columns);
    PHONES = Stream.of("+3292234567", "+32470123456", "+3222268888", "+3289323950", "+31201234567",
            "+33142685300", "+4930901820")
        .map(p -> PhoneNumber.parse(p, CountryCode.BELGIUM).toOptional()).flatMap(Optional::stream).toList();
    VATS = Stream.of("BE0417497106", "BE0403019261", "BE0203201340", "NL004495445B01", "DE129273398",
            "FR40303265045", "ATU15159209", "LU15027442")
        .map(v -> VatNumber.parse(v).toOptional()).flatMap(Optional::stream).toList();
  }


  @Property(tries = 25, shrinking = ShrinkingMode.OFF)
  void everyPageRowCountAndStreamIsWhatTheInMemoryStoreGives(@ForAll("customers") List<Customer> drafts,
      @ForAll("queries") List<Query> queries) {
    JdbcCustomerStores jdbc = stores();
    InMemoryStores memory = new InMemoryStores();
    long n = TENANTS.incrementAndGet();
    TenantId tenant = TenantId.of("oracle-" + n + "-" + UUID.randomUUID().toString().substring(0, 8));
    TenantId noise = TenantId.of(tenant.value() + "-noise");
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      customers.add(drafts.get(i).toBuilder().tenant(tenant).number(number(i)).build());
    }
    jdbc.transactions().inTransaction(() -> {
      for (Customer c : customers) {
        jdbc.customers().insert(c);
        memory.customers().insert(c);
        jdbc.customers().insert(c.toBuilder().tenant(noise).id(CustomerId.random()).build());
      }
      return null;
    });
    for (Query query : queries) {
      check(tenant, jdbc.customers(), memory.customers(), query);
    }
  }


  private static void check(TenantId tenant, CustomerStore jdbc, CustomerStore memory, Query query) {
    String what = query.toString();
    assertEquals(memory.count(tenant, query.condition()), jdbc.count(tenant, query.condition()), "count of " + what);
    Optional<Keyset> after = Optional.empty();
    List<Customer> all = new ArrayList<>();
    for (int page = 0; page < 500; page++) {
      CustomerQuery q = new CustomerQuery(query.condition(), query.sort(), query.pageSize(), after);
      List<Customer> expected = memory.list(tenant, q);
      List<Customer> actual = jdbc.list(tenant, q);
      assertEquals(ids(expected), ids(actual), "page " + page + " of " + what);
      assertEquals(expected, actual, "customers of page " + page + " of " + what);
      assertEquals(memory.listRows(tenant, q, query.shown()), jdbc.listRows(tenant, q, query.shown()),
          "rows of page " + page + " of " + what);
      all.addAll(expected);
      if (expected.size() < query.pageSize()) {
        break;
      }
      Customer last = expected.get(expected.size() - 1);
      after = Optional.of(new Keyset(query.sort().keys().stream().map(k -> ColumnKeys.sortKey(last, k.column()))
          .collect(Collectors.toList()), last.id()));
    }
    try (Stream<Customer> stream = jdbc.stream(tenant, query.condition(), query.sort())) {
      assertEquals(ids(all), ids(stream.collect(Collectors.toList())), "stream of " + what);
    }
  }

  private static List<String> ids(List<Customer> customers) {
    return customers.stream().map(c -> c.number() + "/" + c.id()).collect(Collectors.toList());
  }

  private static CustomerNumber number(int i) {
    return CustomerNumber.of(switch (i % 4) {
      case 0 -> String.valueOf(10000 + i);
      case 1 -> "K2026-" + i;
      case 2 -> String.valueOf(9 * i + 1);
      default -> "a." + i + "_x";
    });
  }

  /** A list query, and the columns whose rows are asked of it. */
  record Query(Condition condition, Sort sort, int pageSize, List<Column> shown) {}

  @Provide
  Arbitrary<List<Customer>> customers() {
    return customer().list().ofMinSize(0).ofMaxSize(35);
  }

  private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> value) {
    return value.optional(0.6);
  }

  private static Arbitrary<String> of(List<String> values) {
    return Arbitraries.of(values);
  }

  private Arbitrary<Customer> customer() {
    Arbitrary<Party> party = Arbitraries.oneOf(
        Combinators.combine(of(NAMES).filter(s -> !s.isBlank()), maybe(Arbitraries.of("BV", "NV", "SRL")))
            .as((name, form) -> (Party) new Party.Company(name, form)),
        Combinators.combine(maybe(Arbitraries.of("Mevrouw", "M.")), maybe(of(NAMES).filter(s -> !s.isBlank())),
            of(NAMES).filter(s -> !s.isBlank())).as((s, f, l) -> (Party) new Party.Person(s, f, l)));
    Arbitrary<Optional<Address>> address = maybe(Combinators.combine(maybe(of(STREETS)),
            maybe(Arbitraries.of("1", "12", "12A", "3")), maybe(Arbitraries.of("2", "b")), maybe(of(POSTALS)),
            maybe(of(CITIES)), of(COUNTRIES))
        .as((street, house, box, postal, city, country) -> Address.builder().street(street).houseNumber(house)
            .box(box).postalCode(postal).city(city).country(CountryCode.of(country)).build()));
    Arbitrary<Optional<PhoneNumber>> phone = maybe(Arbitraries.of(PHONES));
    Arbitrary<Optional<VatNumber>> vat = maybe(Arbitraries.of(VATS));
    Arbitrary<Optional<EmailAddress>> email = maybe(of(EMAILS).map(e -> EmailAddress.parse(e).toOptional())
        .filter(Optional::isPresent).map(Optional::get));
    Arbitrary<Map<FieldKey, FieldValue>> fields = Combinators.combine(maybe(of(TEXTS).map(FieldValue.Text::new)),
        maybe(of(NUMBERS).map(t -> new FieldValue.Number(new BigDecimal(t)))),
        maybe(Arbitraries.of(LocalDate.of(2020, 1, 1), LocalDate.of(1999, 12, 31), LocalDate.of(2026, 3, 1))
            .map(FieldValue.Date::new)),
        maybe(Arbitraries.of(true, false).map(FieldValue.YesNo::new)),
        maybe(of(CHOICES).map(FieldValue.Choice::new))).as((t, nr, d, y, ch) -> {
          Map<FieldKey, FieldValue> map = new java.util.HashMap<>();
          t.ifPresent(v -> map.put(FIELDS.get(0).key(), v));
          nr.ifPresent(v -> map.put(FIELDS.get(1).key(), v));
          d.ifPresent(v -> map.put(FIELDS.get(2).key(), v));
          y.ifPresent(v -> map.put(FIELDS.get(3).key(), v));
          ch.ifPresent(v -> map.put(FIELDS.get(4).key(), v));
          return map;
        });
    Arbitrary<Instant> created = Arbitraries.of(Instant.parse("2026-03-01T09:15:30.123Z"),
        Instant.parse("2026-03-01T09:15:30.123456789Z"), Instant.parse("2001-01-01T00:00:00Z"),
        Instant.parse("2026-03-01T23:30:00Z"));
    Arbitrary<Customer.Builder> card = Combinators.combine(party, address, phone, phone, email, vat,
        Arbitraries.of(Language.values()), Arbitraries.of(CustomerStatus.values())).as(
          (p, a, ph, mob, em, v, lang, status) -> Customer.builder().id(CustomerId.random())
              .tenant(TenantId.of("draft")).number(CustomerNumber.of("0")).party(p).address(a).phone(ph)
              .mobile(mob).email(em).vatNumber(v).enterpriseNumber(v.flatMap(VatNumber::enterpriseNumber))
              .language(lang).status(status));
    return Combinators.combine(card, fields, created, Arbitraries.longs().between(0, 90_000_000L))
        .as((b, f, c, later) -> b.extraFields(f).created(c).updated(c.plusMillis(later)).build());
  }

  @Provide
  Arbitrary<List<Query>> queries() {
    Arbitrary<Sort> sort = Arbitraries.of(COLUMNS).list().ofMinSize(1).ofMaxSize(3).uniqueElements()
        .flatMap(columns -> Arbitraries.of(Direction.values()).list().ofSize(columns.size()).map(directions -> {
          List<SortKey> keys = new ArrayList<>();
          for (int i = 0; i < columns.size(); i++) {
            keys.add(new SortKey(columns.get(i), directions.get(i)));
          }
          return new Sort(keys);
        }));
    Arbitrary<List<Column>> shown = Arbitraries.of(COLUMNS).list().ofMinSize(1).ofMaxSize(COLUMNS.size())
        .uniqueElements();
    return Combinators.combine(condition(2), sort, Arbitraries.integers().between(1, 12), shown).as(Query::new)
        .list().ofMinSize(1).ofMaxSize(4);
  }

  private Arbitrary<Condition> condition(int depth) {
    Arbitrary<Column> column = Arbitraries.of(COLUMNS);
    Arbitrary<Condition> compare = Combinators.combine(column, Arbitraries.of(Condition.Comparison.values()),
        of(KEYS)).as(Condition.KeyCompare::new);
    Arbitrary<Condition> in = Combinators.combine(column, of(KEYS).set().ofMaxSize(3))
        .as((c, keys) -> new Condition.KeyIn(c, keys));
    Arbitrary<Condition> match = Combinators.combine(column, Arbitraries.of(Condition.TextOperator.values()),
        of(FRAGMENTS)).as(Condition.TextMatch::new);
    Arbitrary<Condition> search = of(SEARCHES).map(text -> new Filter.Search(text).toCondition());
    Arbitrary<Condition> builtIn = Arbitraries.of(
        new Condition.Always(),
        Filter.Criterion.of(StandardColumn.VAT_NUMBER, org.customerkit.core.view.Operator.EMPTY).toCondition(),
        Filter.Criterion.of(StandardColumn.VAT_NUMBER, org.customerkit.core.view.Operator.NOT_EMPTY).toCondition(),
        Filter.Criterion.of(StandardColumn.STATUS, org.customerkit.core.view.Operator.EQUALS, "active").toCondition(),
        Filter.Criterion.of(FIELDS.get(1), org.customerkit.core.view.Operator.BETWEEN, "-2", "15").toCondition(),
        Filter.Criterion.of(FIELDS.get(2), org.customerkit.core.view.Operator.BEFORE, "2021-01-01").toCondition(),
        Filter.Criterion.of(StandardColumn.CREATED, org.customerkit.core.view.Operator.EQUALS, "2026-03-01")
            .toCondition());
    Arbitrary<Condition> leaf = Arbitraries.frequencyOf(Tuple(3, compare), Tuple(2, in), Tuple(3, match),
        Tuple(3, search), Tuple(3, builtIn));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Condition> deeper = condition(depth - 1);
    return Arbitraries.frequencyOf(Tuple(5, leaf),
        Tuple(2, deeper.list().ofMaxSize(3).map(Condition.AllOf::new)),
        Tuple(2, deeper.list().ofMaxSize(3).map(Condition.AnyOf::new)),
        Tuple(1, deeper.map(Condition.Negation::new)));
  }

  private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends Condition>> Tuple(int weight,
      Arbitrary<? extends Condition> arbitrary) {
    return net.jqwik.api.Tuple.of(weight, arbitrary);
  }
}
