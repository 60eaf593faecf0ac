package org.customerkit.persistence.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/** Typed text on MariaDb. */
@AddLifecycleHook(DatabaseProperties.SkipUnavailable.class)
class MariaDbTypedTextProperties extends TypedTextProperties {

  @Override
  TestDatabase database() {
    return TestDatabase.MARIADB;
  }

  @AfterContainer
  static void dropSchema() {
    dropSchema(MariaDbTypedTextProperties.class);
  }
}
