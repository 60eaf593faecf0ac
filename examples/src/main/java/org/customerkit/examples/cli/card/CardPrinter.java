package org.customerkit.examples.cli.card;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.contact.PhoneNumber;
import org.customerkit.core.domain.customer.ContactPerson;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.ExtraAddress;
import org.customerkit.core.domain.customer.Party;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.shared.Messages;
import org.customerkit.core.view.Cell;

/**
 * Prints a customer's card as labelled lines, section after section (identity and party, addresses, contact,
 * fiscal and commercial, bank, notes and extra fields, status), labels in the user's language. Empty fields
 * are left out.
 */
final class CardPrinter {

  private final Messages messages;
  private final Map<FieldKey, String> fieldLabels;

  CardPrinter(Messages messages, List<ExtraFieldDefinition> fields) {
    this.messages = messages;
    this.fieldLabels = fields.stream()
        .collect(Collectors.toMap(ExtraFieldDefinition::key, ExtraFieldDefinition::label, (a, b) -> a));
  }

  void print(Customer customer, PrintWriter out) {
    List<List<String[]>> sections = List.of(identity(customer), addresses(customer), contact(customer),
        fiscal(customer), notes(customer), status(customer));
    int width = sections.stream().flatMap(List::stream).mapToInt(row -> row[0].length()).max().orElse(0) + 2;
    boolean first = true;
    for (List<String[]> section : sections) {
      if (section.isEmpty()) {
        continue;
      }
      if (!first) {
        out.println();
      }
      first = false;
      for (String[] row : section) {
        out.println(pad(row[0] + ":", width) + row[1]);
      }
    }
    out.flush();
  }

  private List<String[]> identity(Customer c) {
    List<String[]> rows = new ArrayList<>();
    add(rows, "number", c.number().value());
    add(rows, "party", c.fullName());
    if (c.party() instanceof Party.Company company) {
      add(rows, "companyName", company.name());
      add(rows, "legalForm", company.legalForm());
    } else if (c.party() instanceof Party.Person person) {
      add(rows, "salutation", person.salutation());
      add(rows, "firstName", person.firstName());
      add(rows, "lastName", person.lastName());
    }
    return rows;
  }

  private List<String[]> addresses(Customer c) {
    List<String[]> rows = new ArrayList<>();
    add(rows, "address", c.address().map(a -> oneLine(a, c.language())));
    for (int i = 0; i < c.extraAddresses().size(); i++) {
      ExtraAddress extra = c.extraAddresses().get(i);
      String type = value("addressType", extra.type())
          + (extra.isDefault() ? ", " + messages.text("value.default") : "");
      String name = extra.name().map(n -> n + ", ").orElse("");
      add(rows, "extraAddresses[" + i + "]", name + oneLine(extra.address(), c.language()) + " (" + type + ")");
    }
    return rows;
  }

  private List<String[]> contact(Customer c) {
    List<String[]> rows = new ArrayList<>();
    add(rows, "phone", c.phone().map(PhoneNumber::national));
    add(rows, "mobile", c.mobile().map(PhoneNumber::national));
    add(rows, "email", c.email().map(e -> e.value()));
    add(rows, "website", c.website());
    for (int i = 0; i < c.contactPersons().size(); i++) {
      add(rows, "contactPersons[" + i + "]", person(c.contactPersons().get(i)));
    }
    return rows;
  }

  private List<String[]> fiscal(Customer c) {
    List<String[]> rows = new ArrayList<>();
    add(rows, "vatNumber", c.vatNumber().map(v -> v.display()));
    add(rows, "enterpriseNumber", c.enterpriseNumber().map(e -> e.display()));
    add(rows, "vatRegime", value("vatRegime", c.vatRegime()));
    add(rows, "peppolId", c.effectivePeppolId().map(Object::toString));
    add(rows, "language", c.language().code());
    add(rows, "paymentTermDays", Integer.toString(c.paymentTermDays()));
    add(rows, "priceCategory", c.priceCategory());
    if (c.discountPercent().signum() != 0) {
      add(rows, "discount", c.discountPercent().toPlainString() + " %");
    }
    add(rows, "iban", c.bankAccount().map(b -> b.iban().display()));
    add(rows, "bic", c.bankAccount().flatMap(b -> b.bic()).map(b -> b.value()));
    return rows;
  }

  private List<String[]> notes(Customer c) {
    List<String[]> rows = new ArrayList<>();
    add(rows, "extraInfo", c.extraInfo().map(text -> text.replace('\n', ' ')));
    c.extraFields().forEach((key, value) -> rows.add(new String[] {
        fieldLabels.getOrDefault(key, messages.fieldLabel("fields." + key.value())), value.text()}));
    return rows;
  }

  private List<String[]> status(Customer c) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {messages.text("column.status"), value("status", c.status())});
    add(rows, "version", Long.toString(c.version()));
    rows.add(new String[] {messages.text("column.created"), new Cell.Timestamp(c.created()).text(messages)});
    rows.add(new String[] {messages.text("column.updated"), new Cell.Timestamp(c.updated()).text(messages)});
    return rows;
  }

  /** An enum's value in the user's words: {@code value.vatRegime.intra_eu} is "intracommunautair" in Dutch. */
  private String value(String kind, Enum<?> value) {
    return messages.text("value." + kind + "." + value.name().toLowerCase(Locale.ROOT));
  }

  private void add(List<String[]> rows, String path, Optional<String> value) {
    value.filter(v -> !v.isBlank()).ifPresent(v -> rows.add(new String[] {messages.fieldLabel(path), v}));
  }

  private void add(List<String[]> rows, String path, String value) {
    add(rows, path, Optional.ofNullable(value));
  }

  private static String oneLine(Address a, org.customerkit.core.domain.shared.Language language) {
    return Stream.of(Optional.of(a.firstLine(language)), a.line2(), Optional.of(a.cityLine()),
            Optional.of(a.country().value()))
        .flatMap(Optional::stream).filter(part -> !part.isBlank()).collect(Collectors.joining(", "));
  }

  private static String person(ContactPerson p) {
    List<String> parts = new ArrayList<>();
    parts.add(p.name());
    p.function().ifPresent(parts::add);
    p.email().ifPresent(e -> parts.add(e.value()));
    p.phone().ifPresent(ph -> parts.add(ph.national()));
    return String.join(", ", parts);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}
