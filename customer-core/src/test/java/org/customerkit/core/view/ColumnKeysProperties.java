package org.customerkit.core.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.ManageExtraFields;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.inmemory.InMemoryStores;

/**
 * Sort keys and match texts fit the stores' key columns ({@value ColumnKeys#MAX_KEY_LENGTH} characters) whatever
 * the card holds, though folding unfolds characters into many.
 */
class ColumnKeysProperties {

  private static final List<Column> COLUMNS = columns();

  private static List<Column> columns() {
    List<Column> columns = new ArrayList<>(List.of(StandardColumn.values()));
    columns.add(new ExtraFieldColumn(FieldKey.of("note"), ExtraFieldType.TEXT, "Note"));
    columns.add(new ExtraFieldColumn(FieldKey.of("amount"), ExtraFieldType.NUMBER, "Amount"));
    return columns;
  }

  private static void keysFit(Customer customer) {
    for (Column column : COLUMNS) {
      for (String key : List.of(ColumnKeys.sortKey(customer, column), ColumnKeys.matchText(customer, column))) {
        assertTrue(key.length() <= ColumnKeys.MAX_KEY_LENGTH, column + ": " + key.length());
        assertTrue(key.codePoints().allMatch(Character::isBmpCodePoint), column + ": " + key);
      }
    }
  }

  private static Outcome<Customer> register(CustomerForm form) {
    Customers customers = new InMemoryStores().moduleBuilder().build().forTenant(TenantId.of("acme"));
    customers.define(new ManageExtraFields.Definition("note", "Note", ExtraFieldType.TEXT, false, List.of()))
        .orThrow();
    customers.define(new ManageExtraFields.Definition("amount", "Amount", ExtraFieldType.NUMBER, false,
        List.of())).orThrow();
    return customers.register(new RegisterCustomer.Command(form));
  }

  @Example
  void theLongestUnfoldingsFit() {
    keysFit(register(CustomerForm.builder().companyName("\uFDFA".repeat(100)).legalForm("\uFDFA".repeat(20))
        .street("\uFDFA".repeat(100)).houseNumber("\uFDFA".repeat(20)).box("\uFDFA".repeat(20))
        .city("\u00DF".repeat(100)).country("NL").postalCode("\u2026".repeat(20)).putFields("note", "\u00DF".repeat(500))
        .putFields("amount", "-" + "9".repeat(15) + "." + "9".repeat(6)).build()).orThrow());
  }

  @Property(tries = 200)
  void everyKeyFitsItsColumn(@ForAll("texts") String a, @ForAll("texts") String b, @ForAll("texts") String c) {
    if (register(CustomerForm.builder().companyName(a).legalForm(b).street(a).houseNumber(b).box(c).city(b)
        .postalCode(c).country("NL").putFields("note", a + b + c + a + b + c).build()) instanceof Outcome.Done<Customer> done) {
      keysFit(done.value());
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> unfolding = Arbitraries.of("\uFDFA", "\u00DF", "\u2026", "\uFB03", "\u3392", "\u2474",
        "\u01C4", "\u0390", "a", " ", "\uD83D\uDE00");
    return unfolding.list().ofMinSize(1).ofMaxSize(100).map(parts -> String.join("", parts));
  }
}
