package org.customerkit.examples.cli.fields;

import java.util.List;
import java.util.Locale;
import org.customerkit.core.application.port.in.ManageExtraFields;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.examples.cli.BadInputException;
import org.customerkit.examples.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fields define|list|delete}: the tenant's extra field definitions ("Extra velden"). */
@Command(name = "fields", mixinStandardHelpOptions = true, description = "Extra fields: define, list, delete.")
public final class FieldsCommand {

  @Spec
  CommandSpec spec;

  @Command(name = "define", mixinStandardHelpOptions = true, sortOptions = false,
      description = "Define an extra field, or change the label, requiredness or choices of one.")
  void define(@Parameters(paramLabel = "KEY", description = "Lower-case key, such as region.") String key,
      @Option(names = "--label", required = true, paramLabel = "LABEL", description = "What the card shows.")
      String label,
      @Option(names = "--type", required = true, paramLabel = "TYPE",
          description = "text, number, date, yes-no or choice.") String type,
      @Option(names = "--required", description = "Every customer must have a value.") boolean required,
      @Option(names = "--choice", paramLabel = "VALUE", description = "An allowed value of a choice field;"
          + " repeatable.") List<String> choices) {
    try (Session session = Session.open(spec)) {
      ExtraFieldDefinition field = session.done(session.customers().define(new ManageExtraFields.Definition(key,
          label, type(type), required, choices == null ? List.of() : choices)));
      session.out().println("Defined field " + field.key().value() + " (" + typeName(field.type()) + ").");
      if (field.required()) {
        session.out().println("Required for new customers and for edits that set it; customers without a value:"
            + " customerkit search --where 'field:" + field.key().value() + "='");
      }
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true,
      description = "Remove an extra field; refused while customers have a value for it, unless --drop-values.")
  void delete(@Parameters(paramLabel = "KEY", description = "The field's key.") String key,
      @Option(names = "--drop-values", description = "Also remove the values customers have for it.")
      boolean dropValues) {
    try (Session session = Session.open(spec)) {
      Parsed<FieldKey> parsed = FieldKey.parse(key);
      if (parsed instanceof Parsed.Invalid<FieldKey> invalid) {
        throw new BadInputException(invalid.refusal().message(session.locale()));
      }
      FieldKey removed = session.done(session.customers().remove(parsed.orThrow(), dropValues));
      session.out().println("Removed field " + removed.value() + ".");
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the extra fields.")
  void list() {
    try (Session session = Session.open(spec)) {
      for (ExtraFieldDefinition field : session.customers().fields()) {
        StringBuilder line = new StringBuilder(field.key().value()).append('\t').append(typeName(field.type()))
            .append('\t').append(field.required() ? "required" : "optional").append('\t').append(field.label());
        if (!field.choices().isEmpty()) {
          line.append('\t').append(String.join("|", field.choices()));
        }
        session.out().println(line);
      }
    }
  }

  private static ExtraFieldType type(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return ExtraFieldType.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("Unknown field type '" + text + "': use text, number, date, yes-no or choice.",
          e);
    }
  }

  private static String typeName(ExtraFieldType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
