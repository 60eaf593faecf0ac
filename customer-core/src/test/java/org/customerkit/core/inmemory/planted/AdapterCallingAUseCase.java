package org.customerkit.core.inmemory.planted;

import org.customerkit.core.application.ListingCustomers;

/** A planted violation: an adapter that reaches a use-case implementation. Only {@code PlantedViolationsTest} loads it. */
public final class AdapterCallingAUseCase {

  public Class<?> useCase() {
    return ListingCustomers.class;
  }
}
