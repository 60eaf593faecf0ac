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

  /** Removes a field; the values customers had for it are no longer shown. */
  Outcome<FieldKey> remove(FieldKey key);

  /**
   * @param key lower-case key such as {@code region}
   * @param label what the card shows
   * @param type the kind of value
   * @param required whether every customer must have a value
   * @param choices the allowed values of a choice field
   */
  record Definition(@NotBlank @Size(max = 40) String key, @NotBlank @Size(max = 100) String label,
      @NotNull ExtraFieldType type, boolean required, @NotNull List<@NotBlank @Size(max = 100) String> choices) {}
}
