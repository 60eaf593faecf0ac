package org.customerkit.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.contact.CountryCode;
import org.customerkit.core.domain.contact.PhoneNumber;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.customerkit.core.view.BuiltInView;
import org.customerkit.core.view.ColumnKeys;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Direction;
import org.customerkit.core.view.Keyset;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.SortKey;
import org.customerkit.core.view.StandardColumn;
import org.customerkit.core.view.View;
import org.customerkit.persistence.jdbc.internal.CustomerColumns;
import org.customerkit.persistence.jdbc.internal.ListSql;
import org.customerkit.persistence.jdbc.internal.Sql;
import org.customerkit.persistence.jdbc.internal.SqlDialect;
import org.customerkit.persistence.jdbc.internal.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan of every built-in view's page query (the rows of its columns; every statement of its steps: the
 * customers with a first key and those without, every branch of a split keyset), sorted on each column the views
 * show (both directions, first page and a keyset page from the middle), read with EXPLAIN on a tenant of a few thousand customers beside another
 * tenant: the database must walk the column's index in order, never sort the tenant.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ListPlansTestBase {

  static final int ROWS = 4000;
  static final TenantId BIG = TenantId.of("big");
  static final TenantId SMALL = TenantId.of("small");

  /** The columns with an index of their own, and its name without prefix. */
  static final List<StandardColumn> INDEXED = List.of(StandardColumn.NUMBER, StandardColumn.COMPANY_NAME,
      StandardColumn.FULL_NAME, StandardColumn.ADDRESS, StandardColumn.POSTAL_CODE, StandardColumn.CITY,
      StandardColumn.COUNTRY, StandardColumn.PHONE, StandardColumn.VAT_NUMBER);

  private TestDatabase.Schema schema;
  private Customer middle;

  abstract TestDatabase database();

  /** The plan's text, one line per row of EXPLAIN's result. */
  abstract String explain(Connection connection, Sql sql) throws SQLException;

  /** Whether the plan reads the index of the column in order without sorting the tenant. */
  abstract boolean walksIndex(String plan, String index);

  @BeforeAll
  void fill() throws SQLException {
    database().unavailable().ifPresent(reason -> Assumptions.assumeTrue(false, reason));
    schema = database().freshSchema();
    JdbcCustomerStores stores = schema.stores();
    List<String> cities = List.of("Gent", "Antwerpen", "Brussel", "Liège", "Brugge", "Leuven", "Namur", "Mons");
    List<PhoneNumber> phones = Stream.of("+3292234567", "+32470123456", "+3222268888", "+3289323950")
        .map(p -> PhoneNumber.of(p, CountryCode.BELGIUM)).toList();
    VatNumber vat = VatNumber.of("BE0417497106");
    stores.transactions().inTransaction(() -> {
      for (int i = 0; i < ROWS + 400; i++) {
        TenantId tenant = i < ROWS ? BIG : SMALL;
        Customer c = Customers.aCompanyNamed(tenant, String.valueOf(10000 + i), "Company " + (i * 7919 % ROWS))
            .toBuilder().id(CustomerId.random())
            .address(Address.builder().street("Straat " + (i % 97)).houseNumber(String.valueOf(i % 13))
                .postalCode(String.valueOf(1000 + i % 89 * 100)).city(cities.get(i % cities.size()))
                .country(CountryCode.of(i % 5 == 0 ? "NL" : "BE")).build())
            .phone(i % 3 == 0 ? Optional.empty() : Optional.of(phones.get(i % phones.size())))
            .vatNumber(i % 2 == 0 ? Optional.of(vat) : Optional.empty()).build();
        stores.customers().insert(c);
        if (i == ROWS / 2) {
          middle = c;
        }
      }
      return null;
    });
    try (Connection c = database().dataSource().getConnection(); Statement s = c.createStatement()) {
      String table = new Tables(stores.tablePrefix()).customers();
      switch (database()) {
        case H2 -> s.execute("ANALYZE TABLE " + table);
        case POSTGRESQL -> s.execute("ANALYZE " + table);
        case MARIADB -> s.execute("ANALYZE TABLE " + table);
      }
    }
  }

  JdbcCustomerStores stores() {
    return schema.stores();
  }

  Tables tables() {
    return new Tables(schema.stores().tablePrefix());
  }

  @AfterAll
  void drop() {
    if (schema != null) {
      schema.close();
    }
  }

  static Stream<Arguments> queries() {
    List<Arguments> all = new ArrayList<>();
    for (BuiltInView view : BuiltInView.values()) {
      for (StandardColumn column : INDEXED) {
        for (Direction direction : Direction.values()) {
          for (boolean keyset : List.of(false, true)) {
            all.add(Arguments.of(view, column, direction, keyset));
          }
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} by {1} {2}, keyset page: {3}")
  @MethodSource("queries")
  void everyBuiltInViewPageWalksTheIndexOfItsSortColumn(BuiltInView builtIn, StandardColumn column,
      Direction direction, boolean keysetPage) throws SQLException {
    View view = builtIn.view();
    Condition condition = view.effectiveFilter().toCondition();
    Sort sort = Sort.by(new SortKey(column, direction));
    Optional<Keyset> after = keysetPage
        ? Optional.of(new Keyset(List.of(ColumnKeys.sortKey(middle, column)), middle.id()))
        : Optional.empty();
    Tables tables = new Tables(schema.stores().tablePrefix());
    ListSql lists = new ListSql(tables, SqlDialect.of(database().dialect()));
    String index = tables.prefix() + (ListSql.walksVatIndex(condition, sort) ? CustomerColumns.VAT_COMPANY_INDEX
        : CustomerColumns.index(column).orElseThrow());
    for (ListSql.Step step : lists.steps(sort, after)) {
      Sql sql = lists.rows(BIG, condition, sort, after, 51, view.columns(), step).sql();
      try (Connection connection = database().dataSource().getConnection()) {
        String plan = explain(connection, sql);
        assertTrue(walksIndex(plan.toLowerCase(Locale.ROOT), index), () -> "expected a walk of " + index
            + " without a sort for\n" + sql + "\nplan:\n" + plan);
      }
    }
  }

  static String rows(PreparedStatement statement) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (ResultSet rs = statement.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          plan.append(i > 1 ? " | " : "").append(rs.getMetaData().getColumnLabel(i)).append('=')
              .append(rs.getString(i));
        }
        plan.append('\n');
      }
    }
    return plan.toString();
  }
}
