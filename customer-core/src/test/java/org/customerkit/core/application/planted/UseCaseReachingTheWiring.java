package org.customerkit.core.application.planted;

import org.customerkit.core.wiring.CustomerModule;

/** A planted violation: a use case that asks the wiring for its ports. Only {@code PlantedViolationsTest} loads it. */
public final class UseCaseReachingTheWiring {

  public Class<?> locator() {
    return CustomerModule.class;
  }
}
