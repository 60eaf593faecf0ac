package org.customerkit.core.application.port.out;

import org.customerkit.core.domain.customer.CustomerEvent;

/**
 * Who hears about changes: each event is published after the outermost transaction around the change committed
 * (the host's, when the stores joined one; see {@link Transactions#afterCommit}), never for work that was rolled
 * back. A listener that throws does not undo the change; the failure is logged.
 */
public interface CustomerEvents {

  void publish(CustomerEvent event);

  static CustomerEvents ignore() {
    return event -> { };
  }
}
