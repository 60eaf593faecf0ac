package org.customerkit.persistence.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/** Typed text on Postgres. */
@AddLifecycleHook(DatabaseProperties.SkipUnavailable.class)
class PostgresTypedTextProperties extends TypedTextProperties {

  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRESQL;
  }

  @AfterContainer
  static void dropSchema() {
    dropSchema(PostgresTypedTextProperties.class);
  }
}
