package org.customerkit.persistence.jdbc;

class H2StoresTest extends JdbcStoresTestBase {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
