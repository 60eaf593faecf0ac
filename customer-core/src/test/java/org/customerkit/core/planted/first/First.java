package org.customerkit.core.planted.first;

import org.customerkit.core.planted.second.Second;

/** A planted violation: half of a package cycle. Only {@code PlantedViolationsTest} loads it. */
public final class First {

  public Second next() {
    return new Second();
  }
}
