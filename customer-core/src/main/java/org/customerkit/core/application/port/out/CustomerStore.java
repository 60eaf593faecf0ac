package org.customerkit.core.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.ListedCustomer;
import org.customerkit.core.view.Sort;

/**
 * Where the customers of every tenant are kept.
 *
 * <p>Every method names the tenant, and an implementation never returns, changes or counts a customer of
 * another tenant, whatever the other arguments say. A save writes the whole aggregate (addresses, contact
 * persons, extra field values) or nothing. Lists, counts and streams agree with
 * {@link org.customerkit.core.view.ConditionEvaluator} and order rows by the sort keys of
 * {@link org.customerkit.core.view.ColumnKeys}, compared by code point, ending on the id in the direction of
 * the last key. The contract test kit in this module's test-jar checks all of it.
 */
public interface CustomerStore {

  Optional<Customer> find(TenantId tenant, CustomerId id);

  Optional<Customer> findByNumber(TenantId tenant, CustomerNumber number);

  /**
   * Adds a new customer.
   *
   * @throws DuplicateCustomerNumberException when the tenant already has a customer with this number
   */
  void insert(Customer customer);

  /**
   * Replaces a customer if it is still at {@code expectedVersion}; {@code customer.version()} is the new
   * version.
   *
   * @return false, changing nothing, when the stored customer is missing or at another version
   * @throws DuplicateCustomerNumberException when the new number belongs to another customer of the tenant
   */
  boolean update(Customer customer, long expectedVersion);

  /**
   * The customer's version as last committed, past the snapshot a transaction may read (a locking read in SQL);
   * empty when the customer is gone. Tells a failed {@link #update} of a deleted customer from a changed one.
   */
  default Optional<Long> committedVersion(TenantId tenant, CustomerId id) {
    return find(tenant, id).map(Customer::version);
  }

  /**
   * Removes a customer; false when there was none.
   *
   * @throws CustomerStillReferencedException when the host's rows refer to the customer (a foreign key refused)
   */
  boolean delete(TenantId tenant, CustomerId id);

  /** At most {@code query.limit()} customers matching the query's condition, in its order, after its keyset. */
  List<Customer> list(TenantId tenant, CustomerQuery query);

  /**
   * What a list screen shows of the customers {@link #list} returns for the same query: for each, in the same
   * order, its {@link ListedCustomer#of} row in these columns. A store answers it without building whole customers
   * where it can (one query over the columns shown); this default builds them and is correct for any store.
   */
  default List<ListedCustomer> listRows(TenantId tenant, CustomerQuery query, List<? extends Column> columns) {
    return list(tenant, query).stream().map(customer -> ListedCustomer.of(customer, columns, query.sort()))
        .collect(Collectors.toList());
  }

  /** How many customers match; may cost a scan, so lists never call it on the way to a page. */
  long count(TenantId tenant, Condition condition);

  /**
   * Every matching customer in order, read lazily so that a million rows need no more memory than ten.
   * The caller closes the stream.
   */
  Stream<Customer> stream(TenantId tenant, Condition condition, Sort sort);
}
