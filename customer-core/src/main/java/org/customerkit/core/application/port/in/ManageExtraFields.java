package org.customerkit.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;

/** The tenant's extra fields ("Extra velden"): define, list, remove. */
public interface ManageExtraFields {

  /** Adds a field, or changes the label, requiredness or choices of an existing one of the same type. */
  Outcome<ExtraFieldDefinition> define(Definition definition);

  List<ExtraFieldDefinition> fields();

  /**
   * Removes a field that no customer has a value for; refused with {@code HAS_VALUES} (and how many customers
   * have one) otherwise. {@code NOT_FOUND} for a key that is not defined.
   */
  Outcome<FieldKey> remove(FieldKey key);

  /**
   * {@link #remove(FieldKey)}, or with {@code dropValues} also when customers have values: they lose them (a new
   * version of each, published as an update) together with the field, all or nothing; {@code STALE_VERSION} when
   * one of them is edited meanwhile.
   */
  Outcome<FieldKey> remove(FieldKey key, boolean dropValues);

  /**
   * @param key lower-case key such as {@code region}
   * @param label what the card shows
   * @param type the kind of value
   * @param required whether every customer must have a value: checked when a customer is registered, and on an
   *     edit whose form names the field; customers saved before the field was required keep being editable
   *     ({@link ListRequest#missing(FieldKey)} lists those without a value)
   * @param choices the allowed values of a choice field
   */
  record Definition(@NotBlank @Size(max = 40) String key, @NotBlank @Size(max = 100) String label,
      @NotNull ExtraFieldType type, boolean required, @NotNull List<@NotBlank @Size(max = 100) String> choices) {}
}
