package org.customerkit.examples.cli.card;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.customerkit.core.application.port.in.AddressForm;
import org.customerkit.core.application.port.in.ContactPersonForm;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.PartyKind;
import org.customerkit.examples.cli.BadInputException;
import picocli.CommandLine.Option;

/**
 * One option per field of the customer card, shared by {@code add} and {@code edit}. An option not given
 * leaves the field as it is (empty for {@code add}); an empty value ({@code --phone ""}) clears it.
 *
 * <p>Extra addresses take the form {@code STREET|NUMBER|BOX|POSTAL CODE|CITY[|COUNTRY]}, for example
 * {@code --delivery-address "Dok Noord|7||9000|Gent"}; the address becomes the default one of its type,
 * replacing the previous addresses of that type; an empty value removes them. Contact persons take the form
 * {@code NAME[|FUNCTION[|EMAIL[|PHONE]]]}, for example {@code --contact "An Peeters|Boekhouding|an@peeters.be"}.
 */
public final class CardOptions {

  @Option(names = "--kind", paramLabel = "company|person",
      description = "Company or person; by default a company when --company is given.")
  PartyKind kind;

  @Option(names = "--number", paramLabel = "NUMBER",
      description = "Customer number (add: the tenant's next number when not given).")
  String number;

  @Option(names = "--company", paramLabel = "NAME", description = "Company name.")
  String company;

  @Option(names = "--legal-form", paramLabel = "FORM", description = "Legal form: BV, NV, SRL, VZW, ...")
  String legalForm;

  @Option(names = "--salutation", paramLabel = "TEXT", description = "Salutation of a person.")
  String salutation;

  @Option(names = "--first-name", paramLabel = "NAME", description = "First name of a person.")
  String firstName;

  @Option(names = "--last-name", paramLabel = "NAME", description = "Last name of a person.")
  String lastName;

  @Option(names = "--street", paramLabel = "STREET", description = "Street of the main address.")
  String street;

  @Option(names = "--house-number", paramLabel = "NUMBER", description = "House number.")
  String houseNumber;

  @Option(names = "--box", paramLabel = "BOX", description = "Box (bus).")
  String box;

  @Option(names = "--line2", paramLabel = "TEXT", description = "Second address line (department, site).")
  String line2;

  @Option(names = "--postal-code", paramLabel = "CODE", description = "Postal code.")
  String postalCode;

  @Option(names = "--city", paramLabel = "CITY", description = "City.")
  String city;

  @Option(names = "--country", paramLabel = "CC", description = "Country, ISO code such as BE; default BE.")
  String country;

  @Option(names = "--phone", paramLabel = "PHONE", description = "Phone number.")
  String phone;

  @Option(names = "--mobile", paramLabel = "PHONE", description = "Mobile number.")
  String mobile;

  @Option(names = "--email", paramLabel = "EMAIL", description = "Email address.")
  String email;

  @Option(names = "--website", paramLabel = "URL", description = "Website.")
  String website;

  @Option(names = "--vat", paramLabel = "VAT", description = "VAT number, such as BE0403019261.")
  String vat;

  @Option(names = "--enterprise-number", paramLabel = "KBO", description = "Belgian enterprise number.")
  String enterpriseNumber;

  @Option(names = "--vat-regime", paramLabel = "REGIME",
      description = "domestic, intra_eu, export, reverse_charge, exempt or private_person.")
  String vatRegime;

  @Option(names = "--language", paramLabel = "nl|fr|en|de", description = "Language of the customer's documents.")
  String language;

  @Option(names = "--payment-term", paramLabel = "DAYS", description = "Payment term in days.")
  String paymentTerm;

  @Option(names = "--price-category", paramLabel = "NAME", description = "Price category.")
  String priceCategory;

  @Option(names = "--discount", paramLabel = "PERCENT", description = "Default discount in percent.")
  String discount;

  @Option(names = "--iban", paramLabel = "IBAN", description = "IBAN; for Belgium the BIC follows from it.")
  String iban;

  @Option(names = "--bic", paramLabel = "BIC", description = "BIC, for a foreign IBAN.")
  String bic;

  @Option(names = "--peppol-id", paramLabel = "SCHEME:VALUE",
      description = "Peppol participant id, when not the one of the enterprise number.")
  String peppolId;

  @Option(names = "--extra-info", paramLabel = "TEXT", description = "Free notes.")
  String extraInfo;

  @Option(names = "--field", paramLabel = "KEY=VALUE", description = "An extra field's value; repeatable.")
  Map<String, String> fields = new LinkedHashMap<>();

  @Option(names = "--billing-address", paramLabel = "ADDRESS",
      description = "Default billing address: STREET|NUMBER|BOX|POSTAL CODE|CITY[|COUNTRY].")
  String billingAddress;

  @Option(names = "--delivery-address", paramLabel = "ADDRESS",
      description = "Default delivery address: STREET|NUMBER|BOX|POSTAL CODE|CITY[|COUNTRY].")
  String deliveryAddress;

  @Option(names = "--contact", paramLabel = "CONTACT",
      description = "A contact person: NAME[|FUNCTION[|EMAIL[|PHONE]]]; repeatable, replaces the card's contact"
          + " persons; \"\" removes them.")
  List<String> contacts;

  /** The form of {@code start} with every given option applied. */
  CustomerForm applyTo(CustomerForm start) {
    CustomerForm.Builder form = CustomerForm.builder();
    form.from(start);
    set(kind, form::kind);
    if (kind == null && company != null && start.kind().isEmpty()) {
      form.kind(company.isBlank() ? PartyKind.PERSON : PartyKind.COMPANY);
    }
    set(number, form::number);
    set(company, form::companyName);
    set(legalForm, form::legalForm);
    set(salutation, form::salutation);
    set(firstName, form::firstName);
    set(lastName, form::lastName);
    set(street, form::street);
    set(houseNumber, form::houseNumber);
    set(box, form::box);
    set(line2, form::line2);
    set(postalCode, form::postalCode);
    set(city, form::city);
    set(country, form::country);
    set(phone, form::phone);
    set(mobile, form::mobile);
    set(email, form::email);
    set(website, form::website);
    set(vat, form::vatNumber);
    set(enterpriseNumber, form::enterpriseNumber);
    set(vatRegime, v -> form.vatRegime(v));
    set(language, form::language);
    set(paymentTerm, form::paymentTermDays);
    set(priceCategory, form::priceCategory);
    set(discount, form::discount);
    set(iban, form::iban);
    set(bic, form::bic);
    set(peppolId, form::peppolId);
    set(extraInfo, form::extraInfo);
    if (!fields.isEmpty()) {
      Map<String, String> merged = new LinkedHashMap<>(start.fields());
      fields.forEach((key, value) -> {
        if (value.isBlank()) {
          merged.remove(key);
        } else {
          merged.put(key, value);
        }
      });
      form.fields(merged);
    }
    List<AddressForm> addresses = new ArrayList<>(start.extraAddresses());
    replaceAddress(addresses, "billing", billingAddress);
    replaceAddress(addresses, "delivery", deliveryAddress);
    form.extraAddresses(addresses);
    if (contacts != null) {
      form.contactPersons(contacts.stream().filter(c -> !c.isBlank()).map(CardOptions::parseContact).toList());
    }
    return form.build();
  }

  private static void set(String value, Consumer<String> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private static void replaceAddress(List<AddressForm> addresses, String type, String text) {
    if (text == null) {
      return;
    }
    addresses.removeIf(a -> a.type().equalsIgnoreCase(type));
    if (!text.isBlank()) {
      addresses.add(parseAddress(type, text));
    }
  }

  static ContactPersonForm parseContact(String text) {
    String[] parts = text.split("\\|", -1);
    if (parts.length > 4 || parts[0].isBlank()) {
      throw new BadInputException("The contact person '" + text + "' must read NAME[|FUNCTION[|EMAIL[|PHONE]]].");
    }
    ContactPersonForm.Builder contact = ContactPersonForm.builder().name(parts[0].strip());
    if (parts.length > 1 && !parts[1].isBlank()) {
      contact.function(parts[1].strip());
    }
    if (parts.length > 2 && !parts[2].isBlank()) {
      contact.email(parts[2].strip());
    }
    if (parts.length > 3 && !parts[3].isBlank()) {
      contact.phone(parts[3].strip());
    }
    return contact.build();
  }

  static AddressForm parseAddress(String type, String text) {
    String[] parts = text.split("\\|", -1);
    if (parts.length < 5 || parts.length > 6) {
      throw new BadInputException("The " + type + " address '" + text
          + "' must read STREET|NUMBER|BOX|POSTAL CODE|CITY[|COUNTRY].");
    }
    AddressForm.Builder address = AddressForm.builder().type(type).isDefault(true);
    address.street(parts[0]).houseNumber(parts[1]).box(parts[2]).postalCode(parts[3]).city(parts[4]);
    if (parts.length == 6) {
      address.country(parts[5]);
    }
    return address.build();
  }
}
