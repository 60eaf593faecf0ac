package org.customerkit.core.view;

import java.util.Arrays;
import java.util.Optional;
import org.customerkit.core.domain.shared.Messages;

/** The columns every customer has, named as on the command line. */
public enum StandardColumn implements Column {
  NUMBER("number", ColumnType.TEXT),
  COMPANY_NAME("company-name", ColumnType.TEXT),
  FULL_NAME("full-name", ColumnType.TEXT),
  ADDRESS("address", ColumnType.TEXT),
  POSTAL_CODE("postal-code", ColumnType.TEXT),
  CITY("city", ColumnType.TEXT),
  COUNTRY("country", ColumnType.TEXT),
  PHONE("phone", ColumnType.TEXT),
  MOBILE("mobile", ColumnType.TEXT),
  EMAIL("email", ColumnType.TEXT),
  VAT_NUMBER("vat-number", ColumnType.TEXT),
  LANGUAGE("language", ColumnType.CHOICE),
  STATUS("status", ColumnType.CHOICE),
  CREATED("created", ColumnType.TIMESTAMP),
  UPDATED("updated", ColumnType.TIMESTAMP);

  private final String columnName;
  private final ColumnType type;

  StandardColumn(String columnName, ColumnType type) {
    this.columnName = columnName;
    this.type = type;
  }

  @Override
  public String columnName() {
    return columnName;
  }

  @Override
  public ColumnType type() {
    return type;
  }

  @Override
  public String heading(Messages messages) {
    return messages.text("column." + columnName);
  }

  public static Optional<StandardColumn> byName(String name) {
    return Arrays.stream(values()).filter(c -> c.columnName.equals(name)).findFirst();
  }
}
