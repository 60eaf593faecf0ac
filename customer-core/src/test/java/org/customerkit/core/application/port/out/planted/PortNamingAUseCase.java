package org.customerkit.core.application.port.out.planted;

import org.customerkit.core.wiring.CustomerModule;

/** A planted violation: a port that knows the application. Only {@code PlantedViolationsTest} loads it. */
public interface PortNamingAUseCase {

  CustomerModule module();
}
