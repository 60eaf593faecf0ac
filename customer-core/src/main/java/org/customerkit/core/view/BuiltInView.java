package org.customerkit.core.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.domain.shared.Messages;

/** Winfakt's three views: all customers, customers without a VAT number, customers with a VAT number. */
public enum BuiltInView {
  ALL("all"),
  WITHOUT_VAT("without-vat"),
  WITH_VAT("with-vat");

  /** The columns of Winfakt's main screen, in its order. */
  public static final List<Column> DEFAULT_COLUMNS = List.of(StandardColumn.NUMBER, StandardColumn.COMPANY_NAME,
      StandardColumn.FULL_NAME, StandardColumn.ADDRESS, StandardColumn.CITY, StandardColumn.COUNTRY,
      StandardColumn.PHONE);

  private final String viewName;

  BuiltInView(String viewName) {
    this.viewName = viewName;
  }

  public String viewName() {
    return viewName;
  }

  /** "Alle klanten", "Sans numéro de TVA", ... */
  public String title(Messages messages) {
    return messages.text("view." + viewName);
  }

  public View view() {
    List<Column> columns = new ArrayList<>(DEFAULT_COLUMNS);
    Filter filter = Filter.all();
    if (this == WITH_VAT) {
      columns.add(StandardColumn.VAT_NUMBER);
      filter = Filter.Criterion.of(StandardColumn.VAT_NUMBER, Operator.NOT_EMPTY);
    } else if (this == WITHOUT_VAT) {
      filter = Filter.Criterion.of(StandardColumn.VAT_NUMBER, Operator.EMPTY);
    }
    return View.builder().name(viewName).filter(filter).columns(columns).sort(Sort.by(StandardColumn.NUMBER))
        .build();
  }

  public static Optional<BuiltInView> byName(String name) {
    return Arrays.stream(values()).filter(v -> v.viewName.equals(name)).findFirst();
  }
}
