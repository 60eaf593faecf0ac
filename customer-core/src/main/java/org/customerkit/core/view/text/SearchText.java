package org.customerkit.core.view.text;

import java.util.ArrayList;
import java.util.List;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.customer.Customer;

/**
 * What the general search looks in. {@link #words} is the folded text of the number, names, address, postal
 * code, city, VAT number and email; {@link #digits} the digit strings of the number, VAT number, enterprise
 * number, phone and mobile (national and international), separated by spaces. A store keeps both per customer.
 */
public final class SearchText {

  private SearchText() {}

  public static String words(Customer customer) {
    List<String> parts = new ArrayList<>();
    parts.add(customer.number().value());
    customer.companyName().ifPresent(parts::add);
    parts.add(customer.fullName());
    customer.address().ifPresent(a -> {
      parts.add(a.firstLine(customer.language()));
      a.line2().ifPresent(parts::add);
      a.postalCode().ifPresent(parts::add);
      a.city().ifPresent(parts::add);
    });
    customer.vatNumber().ifPresent(v -> parts.add(v.canonical()));
    customer.email().ifPresent(e -> parts.add(e.value()));
    return String.join(" ", TextFolding.words(String.join(" ", parts)));
  }

  public static String digits(Customer customer) {
    List<String> parts = new ArrayList<>();
    parts.add(TextFolding.digits(customer.number().value()));
    customer.vatNumber().ifPresent(v -> parts.add(TextFolding.digits(v.canonical())));
    customer.enterpriseNumber().ifPresent(e -> parts.add(e.digits()));
    customer.phone().ifPresent(p -> {
      parts.add(TextFolding.digits(p.national()));
      parts.add(TextFolding.digits(p.e164()));
    });
    customer.mobile().ifPresent(p -> {
      parts.add(TextFolding.digits(p.national()));
      parts.add(TextFolding.digits(p.e164()));
    });
    customer.address().flatMap(Address::postalCode).map(TextFolding::digits).ifPresent(parts::add);
    parts.removeIf(String::isEmpty);
    return String.join(" ", parts);
  }
}
