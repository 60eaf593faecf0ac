package org.customerkit.core.application;

import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.view.cursor.Cursors;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.application.port.in.CustomerList;
import org.customerkit.core.application.port.in.ListQuery;
import org.customerkit.core.application.port.in.ListRequest;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Refusal;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Keyset;
import org.customerkit.core.view.ListedCustomer;
import org.customerkit.core.view.Page;
import org.customerkit.core.view.View;

/**
 * Listing customers through a view: one keyset page of {@link ListedCustomer} rows in the view's columns, read as
 * {@code pageSize + 1} rows so the next cursor is known without counting. The total is counted only when asked for.
 */
public final class ListingCustomers {

  private final InputValidation validation;
  private final ViewResolver resolver;
  private final Cursors cursors;
  private final CustomerStore customers;

  public ListingCustomers(InputValidation validation, ViewResolver resolver, Cursors cursors, CustomerStore customers) {
    this.validation = Objects.requireNonNull(validation, "validation");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.cursors = Objects.requireNonNull(cursors, "cursors");
    this.customers = Objects.requireNonNull(customers, "customers");
  }

  public Outcome<CustomerList> list(TenantId tenant, ListRequest request) {
    List<Refusal> input = validation.check(request);
    if (!input.isEmpty()) {
      return Outcome.refused(input);
    }
    Outcome<View> resolved = resolver.resolve(tenant, request);
    if (!resolved.isDone()) {
      return Outcome.refused(resolved.refusals());
    }
    return page(tenant, resolved.orThrow(), request.after().filter(a -> !a.isBlank()), request.withTotal());
  }

  public Outcome<CustomerList> list(TenantId tenant, ListQuery query) {
    List<Refusal> input = validation.check(query);
    if (!input.isEmpty()) {
      return Outcome.refused(input);
    }
    Outcome<View> resolved = resolver.resolve(tenant, query);
    if (!resolved.isDone()) {
      return Outcome.refused(resolved.refusals());
    }
    return page(tenant, resolved.orThrow(), query.after().filter(a -> !a.isBlank()), query.withTotal());
  }

  private Outcome<CustomerList> page(TenantId tenant, View view, Optional<String> cursor, boolean withTotal) {
    Optional<Keyset> after = Optional.empty();
    if (cursor.isPresent()) {
      Parsed<Keyset> keyset = cursors.decode(cursor.get(), tenant, view);
      if (keyset instanceof Parsed.Invalid<Keyset> invalid) {
        return Outcome.refused(invalid.refusal());
      }
      after = keyset.toOptional();
    }
    Condition condition = view.effectiveFilter().toCondition();
    List<ListedCustomer> rows = customers.listRows(tenant,
        new CustomerQuery(condition, view.sort(), view.pageSize() + 1, after), view.columns());
    Optional<String> next = Optional.empty();
    if (rows.size() > view.pageSize()) {
      rows = rows.subList(0, view.pageSize());
      next = Optional.of(cursors.encode(tenant, view, rows.get(rows.size() - 1).position()));
    }
    Optional<Long> total = withTotal ? Optional.of(customers.count(tenant, condition))
        : Optional.empty();
    return Outcome.done(new CustomerList(view, new Page<>(rows, next), total));
  }
}
