package org.customerkit.core.view.planted;

import org.customerkit.core.application.ViewResolver;

/** A planted violation: the view model knowing a use case. Only {@code PlantedViolationsTest} loads it. */
public final class ViewUsingAUseCase {

  public Class<?> resolver() {
    return ViewResolver.class;
  }
}
