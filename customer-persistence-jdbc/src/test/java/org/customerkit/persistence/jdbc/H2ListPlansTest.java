package org.customerkit.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.customerkit.persistence.jdbc.internal.Sql;

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
}
