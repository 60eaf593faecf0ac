package org.customerkit.core.view;

import java.util.Objects;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.shared.Messages;

/**
 * The column of one extra field. Equal when the keys are equal.
 *
 * @param key the field's key
 * @param fieldType the field's type
 * @param label the field's label, its heading in every language
 */
public record ExtraFieldColumn(FieldKey key, ExtraFieldType fieldType, String label) implements Column {

  public ExtraFieldColumn {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fieldType, "fieldType");
    Objects.requireNonNull(label, "label");
  }

  public static ExtraFieldColumn of(ExtraFieldDefinition definition) {
    return new ExtraFieldColumn(definition.key(), definition.type(), definition.label());
  }

  @Override
  public String columnName() {
    return "field:" + key.value();
  }

  @Override
  public ColumnType type() {
    return switch (fieldType) {
      case TEXT -> ColumnType.TEXT;
      case NUMBER -> ColumnType.NUMBER;
      case DATE -> ColumnType.DATE;
      case YES_NO -> ColumnType.YES_NO;
      case CHOICE -> ColumnType.CHOICE;
    };
  }

  @Override
  public String heading(Messages messages) {
    return label;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExtraFieldColumn that && key.equals(that.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }
}
