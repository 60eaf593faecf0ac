package org.customerkit.persistence.jdbc.planted;

import org.customerkit.core.application.ListingCustomers;
import org.customerkit.core.inmemory.InMemoryStores;

/** A planted violation: a store that reaches a use case and another adapter. Only the boundary test loads it. */
public final class StoreReachingTheCore {

  public Class<?> useCase() {
    return ListingCustomers.class;
  }

  public Class<?> otherAdapter() {
    return InMemoryStores.class;
  }
}
