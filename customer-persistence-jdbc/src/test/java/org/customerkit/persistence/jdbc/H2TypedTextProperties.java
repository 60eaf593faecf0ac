package org.customerkit.persistence.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/** Typed text on H2. */
@AddLifecycleHook(DatabaseProperties.SkipUnavailable.class)
class H2TypedTextProperties extends TypedTextProperties {

  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }

  @AfterContainer
  static void dropSchema() {
    dropSchema(H2TypedTextProperties.class);
  }
}
