package org.customerkit.persistence.jdbc;

class PostgresStoresTest extends JdbcStoresTestBase {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRESQL;
  }
}
