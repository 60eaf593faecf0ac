package org.customerkit.core.planted.second;

import org.customerkit.core.planted.first.First;

/** A planted violation: the other half of a package cycle. Only {@code PlantedViolationsTest} loads it. */
public final class Second {

  public First back() {
    return new First();
  }
}
