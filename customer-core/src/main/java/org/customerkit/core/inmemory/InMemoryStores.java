package org.customerkit.core.inmemory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.customerkit.core.wiring.CustomerStores;
import org.customerkit.core.application.port.out.CustomerNumbers;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.application.port.out.ExtraFieldStore;
import org.customerkit.core.application.port.out.ReportDefinitionStore;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.application.port.out.ViewStore;

/**
 * All in-memory stores of one "database", with transactions that really roll back: every change made inside
 * {@link Transactions#inTransaction} records how to undo itself, and an exception undoes them in reverse.
 * Transactions are serialised by one lock, which is all a test needs; what waits for the commit runs after the
 * outermost one ends well, outside the lock.
 */
public final class InMemoryStores implements CustomerStores, Transactions {

  private final ReentrantLock lock = new ReentrantLock();
  private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();
  private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
  private final InMemoryCustomerStore customers = new InMemoryCustomerStore(this);
  private final InMemoryCustomerNumbers numbers = new InMemoryCustomerNumbers(this);
  private final InMemoryExtraFieldStore fields = new InMemoryExtraFieldStore(this);
  private final InMemoryViewStore views = new InMemoryViewStore(this);
  private final InMemoryReportDefinitionStore reports = new InMemoryReportDefinitionStore(this);

  @Override
  public CustomerStore customers() {
    return customers;
  }

  @Override
  public CustomerNumbers numbers() {
    return numbers;
  }

  @Override
  public ExtraFieldStore fields() {
    return fields;
  }

  @Override
  public ViewStore views() {
    return views;
  }

  @Override
  public ReportDefinitionStore reportDefinitions() {
    return reports;
  }

  @Override
  public Transactions transactions() {
    return this;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    lock.lock();
    boolean outermost = undo.get() == null;
    if (outermost) {
      undo.set(new ArrayDeque<>());
      afterCommit.set(new ArrayList<>());
    }
    T result;
    List<Runnable> committed;
    try {
      result = work.get();
      if (!outermost) {
        return result;
      }
      undo.remove();
      committed = afterCommit.get();
      afterCommit.remove();
    } catch (RuntimeException | Error e) {
      if (outermost) {
        Deque<Runnable> steps = undo.get();
        undo.remove();
        afterCommit.remove();
        while (!steps.isEmpty()) {
          steps.pop().run();
        }
      }
      throw e;
    } finally {
      lock.unlock();
    }
    committed.forEach(Runnable::run);
    return result;
  }

  @Override
  public void afterCommit(Runnable action) {
    List<Runnable> pending = afterCommit.get();
    if (pending == null) {
      action.run();
    } else {
      pending.add(action);
    }
  }

  /** Runs a change under the lock, remembering its undo when a transaction is open. */
  void change(Runnable change, Runnable undoIt) {
    lock.lock();
    try {
      change.run();
      Deque<Runnable> steps = undo.get();
      if (steps != null) {
        steps.push(undoIt);
      }
    } finally {
      lock.unlock();
    }
  }

  <T> T read(Supplier<T> reading) {
    lock.lock();
    try {
      return reading.get();
    } finally {
      lock.unlock();
    }
  }
}
