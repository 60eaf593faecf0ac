package org.customerkit.core.view;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.shared.Messages;

/**
 * A column of the customer list, a report or a criterion: one of the {@link StandardColumn}s or an
 * {@link ExtraFieldColumn} for a tenant's extra field.
 */
public sealed interface Column permits StandardColumn, ExtraFieldColumn {

  /** The name used on the command line and in saved views: {@code company-name}, {@code field:region}. */
  String columnName();

  ColumnType type();

  /** The heading in the user's language. */
  String heading(Messages messages);

  /** Every column name there is, the standard ones first, then {@code field:KEY} per field: for messages. */
  static String names(Collection<ExtraFieldDefinition> fields) {
    return Stream.concat(Arrays.stream(StandardColumn.values()).map(StandardColumn::columnName),
        fields.stream().map(f -> ExtraFieldColumn.of(f).columnName())).collect(Collectors.joining(", "));
  }

  /**
   * The column of a name: a standard column's name, or {@code field:KEY} for an extra field defined in
   * {@code fields}. Empty for an unknown name.
   */
  static Optional<Column> byName(String name, Collection<ExtraFieldDefinition> fields) {
    if (name == null) {
      return Optional.empty();
    }
    String trimmed = name.strip();
    if (trimmed.startsWith("field:")) {
      String key = trimmed.substring("field:".length());
      return fields.stream().filter(f -> f.key().value().equals(key)).findFirst()
          .map(ExtraFieldColumn::of);
    }
    return StandardColumn.byName(trimmed).map(c -> c);
  }

}
