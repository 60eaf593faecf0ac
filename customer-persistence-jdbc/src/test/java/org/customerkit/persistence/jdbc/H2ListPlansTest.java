package org.customerkit.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;
import org.customerkit.persistence.jdbc.internal.ListSql;
import org.customerkit.persistence.jdbc.internal.Sql;
import org.customerkit.persistence.jdbc.internal.SqlDialect;
import org.junit.jupiter.api.Test;

/** H2 says {@code index sorted} when it reads rows in the order of the index and skips the sort. */
class H2ListPlansTest extends ListPlansTestBase {

  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }

  @Override
  String explain(Connection connection, Sql sql) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("EXPLAIN " + sql.text())) {
      return rows(sql.bind(ps));
    }
  }

  @Override
  boolean walksIndex(String plan, String index) {
    return plan.contains("/* index sorted */") && plan.contains(index);
  }

  /**
   * The first page by company name, ascending, of a tenant whose persons (no company name) outnumber its
   * companies: the statement of the customers with a company name starts its index range after the persons
   * instead of stepping over them ({@code scanCount} is what H2 read).
   */
  @Test
  void theCustomersWithAFirstKeyStartAfterThoseWithout() throws SQLException {
    TenantId tenant = TenantId.of("persons");
    stores().transactions().inTransaction(() -> {
      for (int i = 0; i < 2000; i++) {
        stores().customers().insert(i % 100 == 0 ? Customers.aCompanyNamed(tenant, "P" + i, "Company " + i)
            : Customers.aPersonWithoutVatNumber(tenant, "P" + i, "Peeters"));
      }
      return null;
    });
    ListSql lists = new ListSql(tables(), SqlDialect.of(database().dialect()));
    Sort sort = Sort.by(StandardColumn.COMPANY_NAME);
    ListSql.Step filled = lists.steps(sort, Optional.empty()).get(0);
    assertEquals(ListSql.Part.FILLED, filled.part());
    Sql sql = lists.rows(tenant, new Condition.Always(), sort, Optional.empty(), 51,
        List.of(StandardColumn.COMPANY_NAME), filled).sql();
    try (Connection connection = database().dataSource().getConnection();
        PreparedStatement ps = connection.prepareStatement("EXPLAIN ANALYZE " + sql.text())) {
      String plan = rows(sql.bind(ps));
      Matcher scanned = Pattern.compile("scanCount: (\\d+)").matcher(plan);
      assertTrue(scanned.find(), plan);
      assertTrue(Integer.parseInt(scanned.group(1)) <= 25, () -> "stepped over the persons:\n" + plan);
    }
  }
}
