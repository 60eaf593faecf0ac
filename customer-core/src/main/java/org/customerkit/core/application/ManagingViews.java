package org.customerkit.core.application;

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
final class ManagingViews {

  private final Ports ports;
  private final ViewResolver resolver;

  ManagingViews(Ports ports, ViewResolver resolver) {
    this.ports = ports;
    this.resolver = resolver;
  }

  Outcome<View> save(TenantId tenant, ManageViews.SaveView command) {
    List<Refusal> input = ports.validation().check(command);
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
    ports.transactions().inTransaction(() -> {
      ports.views().save(tenant, ViewResolver.toStored(view));
      return view;
    });
    return Outcome.done(view);
  }

  List<View> views(TenantId tenant, Optional<String> user) {
    List<View> views = new ArrayList<>();
    Arrays.stream(BuiltInView.values()).map(BuiltInView::view).forEach(views::add);
    List<ExtraFieldDefinition> fields = ports.fields().all(tenant);
    for (StoredView stored : ports.views().list(tenant, user.orElse(""))) {
      resolver.fromStored(stored, fields).result().ifPresent(views::add);
    }
    return views;
  }

  Outcome<String> delete(TenantId tenant, String name, Optional<String> user) {
    if (BuiltInView.byName(name).isPresent()) {
      return Outcome.refused(Refusal.of("view", Reason.BUILT_IN, name));
    }
    return ports.transactions().inTransaction(() -> {
      if (user.isPresent() && ports.views().delete(tenant, user.get(), name)) {
        return Outcome.done(name);
      }
      return ports.views().delete(tenant, "", name) ? Outcome.done(name)
          : Outcome.refused(Refusal.of("view", Reason.NOT_FOUND, name));
    });
  }
}
