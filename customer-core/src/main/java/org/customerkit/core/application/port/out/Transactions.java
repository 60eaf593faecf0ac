package org.customerkit.core.application.port.out;

import java.util.function.Supplier;

/**
 * Makes a unit of work atomic: every store call inside {@link #inTransaction} commits together or not at
 * all. A JDBC adapter runs it in its own transaction or joins the host's.
 */
public interface Transactions {

  /** Runs {@code work} atomically; a runtime exception rolls everything back and is rethrown. */
  <T> T inTransaction(Supplier<T> work);

  /**
   * Runs {@code action} once the outermost transaction around the caller has committed, and never when it rolls
   * back; at once when the caller is in no transaction. The transaction may be the host's, which an adapter joined.
   */
  void afterCommit(Runnable action);
}
