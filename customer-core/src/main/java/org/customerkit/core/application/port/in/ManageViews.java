package org.customerkit.core.application.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.view.View;

/** Window settings: the built-in views and the tenant's and user's saved ones. */
public interface ManageViews {

  /** Saves the view that the request describes (its filter, columns, sort, page size) under a name. */
  Outcome<View> saveView(SaveView command);

  /** The built-in views, then the saved ones the user sees, by name. */
  List<View> views(Optional<String> user);

  Outcome<String> deleteView(String name, Optional<String> user);

  /**
   * @param name the view's name; not one of the built-in names
   * @param shape the filter, columns, sort and page size, as for a list; its {@code view} is the base
   * @param forUser whether only {@code shape.user()} sees it, else the whole tenant
   */
  record SaveView(@NotBlank @Size(max = 60) String name, @NotNull @Valid ListRequest shape, boolean forUser) {}
}
