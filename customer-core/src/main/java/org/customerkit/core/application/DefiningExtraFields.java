package org.customerkit.core.application;

import org.customerkit.core.application.port.out.Transactions;
import java.util.Objects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.application.port.in.ManageExtraFields;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;

/** Defining, listing and removing a tenant's extra fields. */
public final class DefiningExtraFields {

  private final InputValidation validation;
  private final ExtraFieldCatalog fields;
  private final Transactions transactions;

  public DefiningExtraFields(InputValidation validation, ExtraFieldCatalog fields, Transactions transactions) {
    this.validation = Objects.requireNonNull(validation, "validation");
    this.fields = Objects.requireNonNull(fields, "fields");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
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

  public Outcome<FieldKey> remove(TenantId tenant, FieldKey key) {
    try {
      return transactions.inTransaction(() -> fields.delete(tenant, key) ? Outcome.done(key)
          : Outcome.refused(Refusal.of("fields." + key.value(), Reason.NOT_FOUND, key.value())));
    } finally {
      fields.forget(tenant);
    }
  }
}
