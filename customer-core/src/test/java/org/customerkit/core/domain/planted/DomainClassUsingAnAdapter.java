package org.customerkit.core.domain.planted;

import org.customerkit.core.inmemory.InMemoryStores;

/** A planted violation: a domain class that reaches for an adapter. Only {@code PlantedViolationsTest} loads it. */
public final class DomainClassUsingAnAdapter {

  public Object stores() {
    return new InMemoryStores();
  }
}
