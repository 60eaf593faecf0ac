package org.customerkit.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;
import org.customerkit.persistence.jdbc.internal.ListSql;
import org.customerkit.persistence.jdbc.internal.Sql;
import org.customerkit.persistence.jdbc.internal.SqlDialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGStatement;

/** PostgreSQL must scan the column's index (forward or backward) under the limit: no Seq Scan, no Sort. */
class PostgresListPlansTest extends ListPlansTestBase {

  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRESQL;
  }

  @Override
  String explain(Connection connection, Sql sql) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("EXPLAIN " + sql.text())) {
      return rows(sql.bind(ps));
    }
  }

  @Override
  boolean walksIndex(String plan, String index) {
    return plan.contains("index scan") && plan.contains(" " + index + " ") && !plan.contains("seq scan")
        && !plan.contains("sort  (") && !plan.contains("sort (");
  }

  @ParameterizedTest(name = "search {0}")
  @ValueSource(strings = {"company 1234", "company 3999"})
  void aSearchForARareTermUsesTheTrigramIndex(String text) throws SQLException {
    Sql sql = new ListSql(tables(), SqlDialect.of(database().dialect())).list(BIG,
        new Filter.Search(text).toCondition(), Sort.by(StandardColumn.COMPANY_NAME), Optional.empty(), 51);
    // at a few thousand rows a sequential scan can be the cheaper plan; forbid it to see that the trigram index
    // answers the statement as the store writes it (at a million rows the planner picks it by itself). Digit
    // searches use the digits index the same way from some ten thousand rows on; here the tenant's primary key
    // is cheaper for them.
    try (Connection connection = database().dataSource().getConnection()) {
      connection.setAutoCommit(false);
      try (var statement = connection.createStatement()) {
        statement.execute("SET LOCAL enable_seqscan = off");
      }
      String plan = explain(connection, sql).toLowerCase(java.util.Locale.ROOT);
      connection.rollback();
      connection.setAutoCommit(true);
      assertTrue(plan.contains("_trgm"), () -> "expected a trigram index for " + text + ":\n" + plan);
    }
  }

  @Test
  void searchStatementsAskForACustomPlan() throws SQLException {
    try (Connection connection = database().dataSource().getConnection();
        PreparedStatement ps = connection.prepareStatement("SELECT 1")) {
      SqlDialect.of(database().dialect()).customPlan(ps);
      assertEquals(0, ps.unwrap(PGStatement.class).getPrepareThreshold());
    }
  }
}
