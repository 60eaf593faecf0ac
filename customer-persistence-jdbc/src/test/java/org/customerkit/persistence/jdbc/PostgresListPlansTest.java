package org.customerkit.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.view.BuiltInView;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;
import org.customerkit.core.view.View;
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
    ListSql lists = new ListSql(tables(), SqlDialect.of(database().dialect()));
    Sort sort = Sort.by(StandardColumn.COMPANY_NAME);
    Sql sql = lists.list(BIG, new Filter.Search(text).toCondition(), sort, Optional.empty(), 51,
        lists.steps(sort, Optional.empty()).get(0));
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

  /**
   * A built-in view's page (its status filter is an equality) runs as a named, server-prepared statement once the
   * driver's threshold is reached, so that PostgreSQL neither parses nor plans it again; a general search is sent
   * unnamed every time, to be planned for its term. Seen in {@code pg_prepared_statements} of the one connection the
   * store used.
   */
  @Test
  void viewPagesStayPreparedWhileSearchesArePlannedPerCall() throws SQLException {
    try (Connection connection = database().dataSource().getConnection()) {
      ConnectionSource one = new ConnectionSource() {
        @Override
        public Connection connection() {
          return connection;
        }

        @Override
        public void release(Connection released) {}

        @Override
        public boolean inHostTransaction() {
          return false;
        }

        @Override
        public void afterHostCommit(Runnable action) {
          throw new IllegalStateException("never in a host transaction");
        }
      };
      var customers = JdbcCustomerStores.builder(one).dialect(database().dialect())
          .tablePrefix(tables().prefix()).build().customers();
      View all = BuiltInView.ALL.view();
      var page = new CustomerQuery(all.effectiveFilter().toCondition(), all.sort(), 51, Optional.empty());
      var search = new CustomerQuery(new Filter.Search("company 12").toCondition(), all.sort(), 51,
          Optional.empty());
      for (int i = 0; i < 8; i++) {
        assertEquals(51, customers.listRows(BIG, page, all.columns()).size());
        customers.listRows(BIG, search, all.columns());
      }
      // the pooled connection may hold other tests' statements; only this schema's customer table counts
      List<String> prepared = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT statement FROM pg_prepared_statements WHERE statement LIKE ?")) {
        ps.setString(1, "%FROM " + tables().customers() + " c %");
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            prepared.add(rs.getString(1));
          }
        }
      }
      assertTrue(prepared.stream().anyMatch(sql -> sql.contains("status_sort")
          && sql.contains("ORDER BY c.tenant_id")), () -> "the view's page is not prepared: " + prepared);
      assertTrue(prepared.stream().noneMatch(sql -> sql.contains("search_words")),
          () -> "a search was prepared with a generic plan: " + prepared);
    }
  }
}
