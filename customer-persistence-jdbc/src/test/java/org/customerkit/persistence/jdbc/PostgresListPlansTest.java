package org.customerkit.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.customerkit.persistence.jdbc.internal.Sql;

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
}
