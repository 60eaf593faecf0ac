package org.customerkit.core.application;

import java.util.List;
import java.util.Optional;
import org.customerkit.core.application.port.in.CustomerList;
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
final class ListingCustomers {

  private final Ports ports;
  private final ViewResolver resolver;

  ListingCustomers(Ports ports, ViewResolver resolver) {
    this.ports = ports;
    this.resolver = resolver;
  }

  Outcome<CustomerList> list(TenantId tenant, ListRequest request) {
    List<Refusal> input = ports.validation().check(request);
    if (!input.isEmpty()) {
      return Outcome.refused(input);
    }
    Outcome<View> resolved = resolver.resolve(tenant, request);
    if (!resolved.isDone()) {
      return Outcome.refused(resolved.refusals());
    }
    View view = resolved.orThrow();
    Optional<Keyset> after = Optional.empty();
    if (request.after().filter(a -> !a.isBlank()).isPresent()) {
      Parsed<Keyset> keyset = ports.cursors().decode(request.after().get(), tenant, view);
      if (keyset instanceof Parsed.Invalid<Keyset> invalid) {
        return Outcome.refused(invalid.refusal());
      }
      after = keyset.toOptional();
    }
    Condition condition = view.effectiveFilter().toCondition();
    List<ListedCustomer> rows = ports.customers().listRows(tenant,
        new CustomerQuery(condition, view.sort(), view.pageSize() + 1, after), view.columns());
    Optional<String> next = Optional.empty();
    if (rows.size() > view.pageSize()) {
      rows = rows.subList(0, view.pageSize());
      next = Optional.of(ports.cursors().encode(tenant, view, rows.get(rows.size() - 1).position()));
    }
    Optional<Long> total = request.withTotal() ? Optional.of(ports.customers().count(tenant, condition))
        : Optional.empty();
    return Outcome.done(new CustomerList(view, new Page<>(rows, next), total));
  }
}
