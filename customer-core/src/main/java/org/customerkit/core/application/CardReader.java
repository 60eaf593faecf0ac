package org.customerkit.core.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.customerkit.core.application.port.in.AddressForm;
import org.customerkit.core.application.port.in.ContactPersonForm;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.PartyKind;
import org.customerkit.core.domain.bank.BankAccount;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.contact.CountryCode;
import org.customerkit.core.domain.contact.EmailAddress;
import org.customerkit.core.domain.contact.PhoneNumber;
import org.customerkit.core.domain.customer.AddressType;
import org.customerkit.core.domain.customer.ContactPerson;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.ExtraAddress;
import org.customerkit.core.domain.customer.Party;
import org.customerkit.core.domain.customer.TenantSettings;
import org.customerkit.core.domain.customer.VatRegime;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.field.FieldValue;
import org.customerkit.core.domain.fiscal.EnterpriseNumber;
import org.customerkit.core.domain.fiscal.PeppolParticipantId;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.customerkit.core.domain.shared.TypedText;

/**
 * Reads a {@link CustomerForm} into the card part of a {@link Customer}: every field parsed by its value
 * object, defaults from the tenant's settings, extra fields checked against their definitions, then the rules
 * that span fields asked of {@link CardPolicies}. It collects
 * every refusal instead of stopping at the first, so a form can show all its mistakes at once.
 */
final class CardReader {

  private final TenantSettings settings;
  private final List<ExtraFieldDefinition> definitions;
  private final List<Refusal> refusals = new ArrayList<>();
  private boolean newCustomer = true;

  CardReader(TenantSettings settings, List<ExtraFieldDefinition> definitions) {
    this.settings = settings;
    this.definitions = definitions;
  }

  /**
   * Reads the form of an edit: a required extra field must then have a value only when the form names it, so
   * that customers saved before the field became required stay editable.
   */
  CardReader forEdit() {
    newCustomer = false;
    return this;
  }

  /** Fills the card fields of {@code card}; returns the refusals, empty when the form is good. */
  List<Refusal> read(CustomerForm form, Customer.Builder card) {
    refusals.clear();
    Optional<Party> party = party(form);
    party.ifPresent(card::party);

    Optional<Address> address = address(form);
    card.address(address);
    CountryCode country = address.map(Address::country).orElse(settings.country());

    card.phone(clean(form.phone()).flatMap(p -> take(PhoneNumber.parse(p, settings.country(), "phone"))));
    card.mobile(clean(form.mobile()).flatMap(p -> take(PhoneNumber.parse(p, settings.country(), "mobile"))));
    card.email(clean(form.email()).flatMap(e -> take(EmailAddress.parse(e))));
    card.website(limited("website", form.website(), 200));

    Optional<VatNumber> vat = clean(form.vatNumber()).flatMap(v -> take(VatNumber.parse(v, country.value())));
    card.vatNumber(vat);
    Optional<EnterpriseNumber> typed = clean(form.enterpriseNumber())
        .flatMap(e -> take(EnterpriseNumber.parse(e)));
    Optional<EnterpriseNumber> fromVat = vat.flatMap(VatNumber::enterpriseNumber);
    card.enterpriseNumber(fromVat.or(() -> typed));

    card.vatRegime(clean(form.vatRegime()).flatMap(this::vatRegime)
        .orElseGet(() -> VatRegime.defaultFor(vat, party.filter(p -> p instanceof Party.Person).isPresent())));
    card.language(clean(form.language()).flatMap(code -> {
      Optional<Language> language = Language.fromCode(code);
      if (language.isEmpty()) {
        refusals.add(Refusal.of("language", Reason.UNKNOWN_NAME, code, Arrays.stream(Language.values())
            .map(Language::code).collect(Collectors.joining(", "))));
      }
      return language;
    }).orElse(settings.language()));
    card.paymentTermDays(clean(form.paymentTermDays()).flatMap(this::paymentTerm)
        .orElse(settings.paymentTermDays()));
    card.priceCategory(limited("priceCategory", form.priceCategory(), 40));
    card.discountPercent(clean(form.discount()).flatMap(this::discount).orElse(BigDecimal.ZERO));

    Optional<String> iban = clean(form.iban());
    Optional<String> bic = clean(form.bic());
    if (iban.isPresent()) {
      card.bankAccount(take(BankAccount.parse(iban.get(), bic.orElse(null))));
    }
    card.peppolId(clean(form.peppolId()).flatMap(p -> take(PeppolParticipantId.parse(p))));
    Optional<String> extraInfo = form.extraInfo().map(TypedText::lines).filter(s -> !s.isEmpty());
    extraInfo.flatMap(info -> TypedText.refusal("extraInfo", info, true)).ifPresent(refusals::add);
    card.extraInfo(extraInfo);
    card.extraFields(fields(form.fields()));
    card.extraAddresses(extraAddresses(form.extraAddresses()));
    card.contactPersons(contactPersons(form.contactPersons()));
    refusals.addAll(CardPolicies.check(new CardPolicies.ReadCard(form, vat, typed, definitions, newCustomer)));
    return List.copyOf(refusals);
  }

  private Optional<Party> party(CustomerForm form) {
    Optional<String> company = limited("companyName", form.companyName(), 100);
    Optional<String> lastName = limited("lastName", form.lastName(), 100);
    if (CardPolicies.kindOf(form) == PartyKind.COMPANY) {
      // a company without its name is refused by CardPolicies.PARTY_IS_NAMED
      return company.map(name -> new Party.Company(name, limited("legalForm", form.legalForm(), 20)));
    }
    if (lastName.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Party.Person(limited("salutation", form.salutation(), 30),
        limited("firstName", form.firstName(), 100), lastName.get()));
  }

  private Optional<Address> address(CustomerForm form) {
    Address.Parts parts = new Address.Parts(form.street().orElse(null), form.houseNumber().orElse(null),
        form.box().orElse(null), form.line2().orElse(null), form.postalCode().orElse(null),
        form.city().orElse(null), form.country().orElse(null));
    if (blank(parts)) {
      return Optional.empty();
    }
    return take(Address.parse(parts, settings.country()));
  }

  private static boolean blank(Address.Parts parts) {
    for (String part : new String[] {parts.street(), parts.houseNumber(), parts.box(), parts.line2(),
        parts.postalCode(), parts.city(), parts.country()}) {
      if (part != null && !part.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private Optional<VatRegime> vatRegime(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (VatRegime regime : VatRegime.values()) {
      if (regime.name().equals(name)) {
        return Optional.of(regime);
      }
    }
    refusals.add(Refusal.of("vatRegime", Reason.UNKNOWN_NAME, text, Arrays.stream(VatRegime.values())
        .map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
    return Optional.empty();
  }

  private Optional<Integer> paymentTerm(String text) {
    try {
      int days = Integer.parseInt(text.strip());
      if (days < 0 || days > 365) {
        refusals.add(Refusal.of("paymentTermDays", Reason.OUT_OF_RANGE, 0, 365));
        return Optional.empty();
      }
      return Optional.of(days);
    } catch (NumberFormatException e) {
      refusals.add(Refusal.of("paymentTermDays", Reason.NOT_A_NUMBER));
      return Optional.empty();
    }
  }

  private Optional<BigDecimal> discount(String text) {
    try {
      BigDecimal percent = new BigDecimal(text.strip().replace("%", "").strip().replace(',', '.'));
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        refusals.add(Refusal.of("discount", Reason.OUT_OF_RANGE, 0, 100));
        return Optional.empty();
      }
      return Optional.of(percent.stripTrailingZeros().scale() < 0 ? percent.setScale(0) : percent.stripTrailingZeros());
    } catch (NumberFormatException e) {
      refusals.add(Refusal.of("discount", Reason.NOT_A_NUMBER));
      return Optional.empty();
    }
  }

  private Map<FieldKey, FieldValue> fields(Map<String, String> typed) {
    Map<FieldKey, FieldValue> values = new HashMap<>();
    Map<String, String> remaining = new HashMap<>();
    typed.forEach((k, v) -> remaining.put(k.strip().toLowerCase(Locale.ROOT), v));
    for (ExtraFieldDefinition definition : definitions) {
      String text = remaining.get(definition.key().value());
      if (text != null && !text.isBlank()) {
        take(definition.parse(text)).ifPresent(v -> values.put(definition.key(), v));
      }
    }
    return values;
  }

  private List<ExtraAddress> extraAddresses(List<AddressForm> forms) {
    if (forms.size() > Customer.MAX_EXTRA_ADDRESSES) {
      refusals.add(Refusal.of("extraAddresses", Reason.TOO_MANY, Customer.MAX_EXTRA_ADDRESSES));
      return List.of();
    }
    List<ExtraAddress> addresses = new ArrayList<>();
    for (int i = 0; i < forms.size(); i++) {
      AddressForm form = forms.get(i);
      String at = "extraAddresses[" + i + "]";
      Optional<AddressType> type = addressType(form.type());
      if (type.isEmpty()) {
        refusals.add(Refusal.of(at + ".type", Reason.UNKNOWN_VALUE, form.type()));
        continue;
      }
      Parsed<Address> address = Address.parse(new Address.Parts(form.street().orElse(null),
          form.houseNumber().orElse(null), form.box().orElse(null), form.line2().orElse(null),
          form.postalCode().orElse(null), form.city().orElse(null), form.country().orElse(null)),
          settings.country());
      if (address instanceof Parsed.Invalid<Address> invalid) {
        refusals.add(invalid.refusal().under(at));
        continue;
      }
      addresses.add(ExtraAddress.builder().type(type.get()).isDefault(form.isDefault())
          .name(limited(at + ".name", form.name(), 100)).address(address.orThrow()).build());
    }
    return addresses;
  }

  static Optional<AddressType> addressType(String text) {
    String type = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "billing", "facturatie", "facturation", "rechnung", "invoice" -> Optional.of(AddressType.BILLING);
      case "delivery", "levering", "livraison", "lieferung" -> Optional.of(AddressType.DELIVERY);
      case "other", "ander", "autre", "andere" -> Optional.of(AddressType.OTHER);
      default -> Optional.empty();
    };
  }

  private List<ContactPerson> contactPersons(List<ContactPersonForm> forms) {
    if (forms.size() > Customer.MAX_CONTACT_PERSONS) {
      refusals.add(Refusal.of("contactPersons", Reason.TOO_MANY, Customer.MAX_CONTACT_PERSONS));
      return List.of();
    }
    List<ContactPerson> persons = new ArrayList<>();
    for (int i = 0; i < forms.size(); i++) {
      ContactPersonForm form = forms.get(i);
      String at = "contactPersons[" + i + "]";
      int before = refusals.size();
      Optional<String> name = limited(at + ".name", Optional.ofNullable(form.name()), 100);
      if (name.isEmpty()) {
        refusals.add(Refusal.of(at + ".name", Reason.REQUIRED));
      }
      ContactPerson.Builder person = ContactPerson.builder().function(limited(at + ".function", form.function(), 60));
      clean(form.email()).ifPresent(e -> under(at, EmailAddress.parse(e), person::email));
      clean(form.phone()).ifPresent(p -> under(at, PhoneNumber.parse(p, settings.country(), "phone"), person::phone));
      if (refusals.size() == before) {
        persons.add(person.name(name.orElseThrow()).build());
      }
    }
    return persons;
  }

  private <T> void under(String at, Parsed<T> parsed, Consumer<T> use) {
    if (parsed instanceof Parsed.Invalid<T> invalid) {
      refusals.add(invalid.refusal().under(at));
    } else {
      use.accept(parsed.orThrow());
    }
  }

  private <T> Optional<T> take(Parsed<T> parsed) {
    if (parsed instanceof Parsed.Invalid<T> invalid) {
      refusals.add(invalid.refusal());
      return Optional.empty();
    }
    return parsed.toOptional();
  }

  private Optional<String> limited(String field, Optional<String> text, int max) {
    Optional<String> cleaned = clean(text);
    if (cleaned.isPresent() && cleaned.get().length() > max) {
      refusals.add(Refusal.of(field, Reason.TOO_LONG, max));
    }
    cleaned.flatMap(t -> TypedText.refusal(field, t, false)).ifPresent(refusals::add);
    return cleaned;
  }

  private static Optional<String> clean(Optional<String> text) {
    return text.map(TypedText::line).filter(s -> !s.isEmpty());
  }
}
