package org.customerkit.core.application;

import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.application.port.out.Transactions;
import java.util.Objects;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.customerkit.core.application.port.in.ManageExtraFields;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerEvent;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.field.FieldValue;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.ExtraFieldColumn;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.Operator;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;

/** Defining, listing and removing a tenant's extra fields. */
public final class DefiningExtraFields {

  private static final int DROP_BATCH = 500;

  private final InputValidation validation;
  private final ExtraFieldCatalog fields;
  private final CustomerStore customers;
  private final Transactions transactions;
  private final EventPublisher events;
  private final Clock clock;

  public DefiningExtraFields(InputValidation validation, ExtraFieldCatalog fields, CustomerStore customers,
      Transactions transactions, EventPublisher events, Clock clock) {
    this.validation = Objects.requireNonNull(validation, "validation");
    this.fields = Objects.requireNonNull(fields, "fields");
    this.customers = Objects.requireNonNull(customers, "customers");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Outcome<ExtraFieldDefinition> define(TenantId tenant, ManageExtraFields.Definition command) {
    List<Refusal> refusals = new ArrayList<>(validation.check(command));
    if (!refusals.isEmpty()) {
      return Outcome.refused(refusals);
    }
    Parsed<FieldKey> key = FieldKey.parse(command.key());
    if (key instanceof Parsed.Invalid<FieldKey> invalid) {
      return Outcome.refused(invalid.refusal());
    }
    boolean choice = command.type() == ExtraFieldType.CHOICE;
    List<String> choices = command.choices().stream().map(String::strip).distinct().toList();
    if (choice && choices.isEmpty()) {
      refusals.add(Refusal.of("choices", Reason.REQUIRED));
    }
    if (!choice && !choices.isEmpty()) {
      refusals.add(Refusal.of("choices", Reason.UNKNOWN_VALUE, String.join(", ", choices)));
    }
    if (!refusals.isEmpty()) {
      return Outcome.refused(refusals);
    }
    ExtraFieldDefinition definition = ExtraFieldDefinition.builder().key(key.orThrow())
        .label(command.label().strip()).type(command.type()).required(command.required()).choices(choices).build();
    try {
      return transactions.inTransaction(() -> {
      Optional<ExtraFieldDefinition> existing = fields.find(tenant, definition.key());
      if (existing.isPresent() && existing.get().type() != definition.type()) {
        return Outcome.refused(Refusal.of("type", Reason.MISMATCH,
            existing.get().type().name().toLowerCase(java.util.Locale.ROOT)));
      }
      fields.save(tenant, definition);
      return Outcome.done(definition);
      });
    } finally {
      fields.forget(tenant); // a reader may have kept the old definitions while this transaction was open
    }
  }

  public List<ExtraFieldDefinition> fields(TenantId tenant) {
    return fields.all(tenant);
  }

  /**
   * Removes a field. While customers have a value for it, refused with {@code HAS_VALUES} (their count) unless
   * {@code dropValues}: then every such customer loses the value (a new version, an update event) in the same
   * transaction that removes the definition.
   */
  public Outcome<FieldKey> remove(TenantId tenant, FieldKey key, boolean dropValues) {
    List<CustomerEvent.Updated> dropped = new ArrayList<>();
    Outcome<FieldKey> outcome;
    try {
      outcome = transactions.inTransaction(() -> {
        dropped.clear();
        Optional<ExtraFieldDefinition> definition = fields.find(tenant, key);
        if (definition.isEmpty()) {
          return Outcome.refused(Refusal.of("fields." + key.value(), Reason.NOT_FOUND, key.value()));
        }
        Condition withValue = Filter.Criterion.of(ExtraFieldColumn.of(definition.get()), Operator.NOT_EMPTY)
            .toCondition();
        long holders = customers.count(tenant, withValue);
        if (holders > 0 && !dropValues) {
          return Outcome.refused(Refusal.of("fields." + key.value(), Reason.HAS_VALUES, holders));
        }
        CustomerQuery batch = new CustomerQuery(withValue, Sort.by(StandardColumn.NUMBER), DROP_BATCH,
            Optional.empty());
        // each batch loses the value, so the next one starts from the top again
        for (List<Customer> some = customers.list(tenant, batch); !some.isEmpty();
            some = customers.list(tenant, batch)) {
          for (Customer before : some) {
            dropped.add(new CustomerEvent.Updated(before, withoutValue(before, key)));
          }
          if (dropped.size() > holders) {
            throw new IllegalStateException("the customer store still lists values of " + key.value()
                + " after they were dropped");
          }
        }
        fields.delete(tenant, key);
        return Outcome.done(key);
      });
    } catch (ChangedMeanwhile e) {
      dropped.clear();
      outcome = Outcome.refused(Refusal.of("customer", Reason.STALE_VERSION, e.expected, e.actual));
    } finally {
      fields.forget(tenant);
    }
    if (outcome.isDone()) {
      dropped.forEach(events::publish);
    }
    return outcome;
  }

  private Customer withoutValue(Customer before, FieldKey key) {
    Map<FieldKey, FieldValue> fields = new HashMap<>(before.extraFields());
    fields.remove(key);
    Instant now = clock.instant();
    Customer after = before.toBuilder().extraFields(fields).version(before.version() + 1)
        .updated(now.isBefore(before.created()) ? before.created() : now).build();
    if (!customers.update(after, before.version())) {
      long actual = customers.find(before.tenant(), before.id()).map(Customer::version).orElse(-1L);
      throw new ChangedMeanwhile(before.version(), actual);
    }
    return after;
  }

  /** A customer edited by someone else while its value was being dropped: the whole removal rolls back. */
  private static final class ChangedMeanwhile extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long expected;
    final long actual;

    ChangedMeanwhile(long expected, long actual) {
      super(null, null, false, false);
      this.expected = expected;
      this.actual = actual;
    }
  }
}
