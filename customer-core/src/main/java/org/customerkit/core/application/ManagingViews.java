package org.customerkit.core.application;

import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.application.port.out.ViewStore;
import java.util.Objects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.application.port.in.ManageViews;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.out.StoredView;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.customerkit.core.view.BuiltInView;
import org.customerkit.core.view.View;

/** Saving, listing and deleting views: Winfakt's window settings. */
public final class ManagingViews {

  private final InputValidation validation;
  private final ViewResolver resolver;
  private final ExtraFieldCatalog fields;
  private final ViewStore viewStore;
  private final Transactions transactions;

  public ManagingViews(InputValidation validation, ViewResolver resolver, ExtraFieldCatalog fields, ViewStore viewStore, Transactions transactions) {
    this.validation = Objects.requireNonNull(validation, "validation");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.fields = Objects.requireNonNull(fields, "fields");
    this.viewStore = Objects.requireNonNull(viewStore, "viewStore");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  public Outcome<View> save(TenantId tenant, ManageViews.SaveView command) {
    List<Refusal> input = validation.check(command);
    if (!input.isEmpty()) {
      return Outcome.refused(input);
    }
    String name = command.name().strip();
    if (BuiltInView.byName(name).isPresent()) {
      return Outcome.refused(Refusal.of("view", Reason.KEY_TAKEN, name));
    }
    Optional<String> owner = command.forUser() ? command.shape().user() : Optional.empty();
    if (command.forUser() && owner.isEmpty()) {
      return Outcome.refused(Refusal.of("user", Reason.REQUIRED));
    }
    Outcome<View> shaped = resolver.resolve(tenant, command.shape());
    if (!shaped.isDone()) {
      return shaped;
    }
    View view = View.builder().from(shaped.orThrow()).name(name).owner(owner).build();
    transactions.inTransaction(() -> {
      viewStore.save(tenant, ViewResolver.toStored(view));
      return view;
    });
    return Outcome.done(view);
  }

  public List<View> views(TenantId tenant, Optional<String> user) {
    List<View> views = new ArrayList<>();
    Arrays.stream(BuiltInView.values()).map(BuiltInView::view).forEach(views::add);
    List<ExtraFieldDefinition> fields = this.fields.all(tenant);
    for (StoredView stored : viewStore.list(tenant, user.orElse(""))) {
      resolver.fromStored(stored, fields).result().ifPresent(views::add);
    }
    return views;
  }

  public Outcome<String> delete(TenantId tenant, String name, Optional<String> user) {
    if (BuiltInView.byName(name).isPresent()) {
      return Outcome.refused(Refusal.of("view", Reason.BUILT_IN, name));
    }
    return transactions.inTransaction(() -> {
      if (user.isPresent() && viewStore.delete(tenant, user.get(), name)) {
        return Outcome.done(name);
      }
      return viewStore.delete(tenant, "", name) ? Outcome.done(name)
          : Outcome.refused(Refusal.of("view", Reason.NOT_FOUND, name));
    });
  }
}
