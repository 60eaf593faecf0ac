package org.customerkit.core.application.port.out;

import org.customerkit.core.domain.customer.CustomerEvent;

/**
 * Who hears about changes: the use cases publish each event after its transaction committed, never for work
 * that was rolled back. A listener that throws does not undo the change; the failure is logged.
 */
public interface CustomerEvents {

  void publish(CustomerEvent event);

  static CustomerEvents ignore() {
    return event -> { };
  }
}
