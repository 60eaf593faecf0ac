package org.customerkit.core.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.customerkit.core.application.port.in.AddressForm;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.PartyKind;
import org.customerkit.core.domain.customer.AddressType;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.fiscal.EnterpriseNumber;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;

/**
 * The rules of a customer card that span its fields, each a small named policy over the card as read. The
 * {@link CardReader} parses every field through its value object first, then asks every policy, so a form shows
 * all its mistakes at once.
 */
final class CardPolicies {

  /** One rule of the card: what it refuses, empty when the card keeps it. */
  @FunctionalInterface
  interface CardPolicy {
    List<Refusal> check(ReadCard card);
  }

  /**
   * A card as the reader read it: the form, the values parsed from it that rules compare, the tenant's extra
   * fields, and whether it is a new customer's.
   */
  record ReadCard(CustomerForm form, Optional<VatNumber> vat, Optional<EnterpriseNumber> typedEnterpriseNumber,
      List<ExtraFieldDefinition> definitions, boolean newCustomer) {}

  /** A company needs its name, a person a last name. */
  static final CardPolicy PARTY_IS_NAMED = card -> {
    if (kindOf(card.form()) == PartyKind.COMPANY) {
      return filled(card.form().companyName()) ? List.of() : List.of(Refusal.of("companyName", Reason.REQUIRED));
    }
    return filled(card.form().lastName()) ? List.of() : List.of(Refusal.of("lastName", Reason.REQUIRED));
  };

  /** A typed enterprise number is the one the Belgian VAT number holds. */
  static final CardPolicy ENTERPRISE_NUMBER_IS_THE_VAT_NUMBERS = card -> {
    Optional<EnterpriseNumber> fromVat = card.vat().flatMap(VatNumber::enterpriseNumber);
    if (card.typedEnterpriseNumber().isPresent() && fromVat.isPresent()
        && !card.typedEnterpriseNumber().equals(fromVat)) {
      return List.of(Refusal.of("enterpriseNumber", Reason.MISMATCH, card.vat().get().display()));
    }
    return List.of();
  };

  /** A BIC belongs to an account: without an IBAN it has nothing to name. */
  static final CardPolicy BIC_NEEDS_AN_IBAN = card -> filled(card.form().bic()) && !filled(card.form().iban())
      ? List.of(Refusal.of("iban", Reason.REQUIRED)) : List.of();

  /**
   * A required extra field has a value on a new customer, and on an edit whose form names it: customers saved
   * before the field became required stay editable.
   */
  static final CardPolicy REQUIRED_FIELDS_HAVE_A_VALUE = card -> {
    Map<String, String> typed = typedFields(card.form());
    List<Refusal> refusals = new ArrayList<>();
    for (ExtraFieldDefinition definition : card.definitions()) {
      String key = definition.key().value();
      boolean blank = typed.getOrDefault(key, "").isBlank();
      if (definition.required() && blank && (card.newCustomer() || typed.containsKey(key))) {
        refusals.add(Refusal.of(definition.path(), Reason.REQUIRED));
      }
    }
    return refusals;
  };

  /** Only the tenant's defined extra fields can hold a value. */
  static final CardPolicy ONLY_DEFINED_FIELDS = card -> {
    Set<String> defined = card.definitions().stream().map(d -> d.key().value()).collect(Collectors.toSet());
    return typedFields(card.form()).keySet().stream().filter(key -> !defined.contains(key))
        .map(key -> Refusal.of("fields." + key, Reason.UNKNOWN_FIELD)).toList();
  };

  /** Of each type of extra address, one at most is the default. */
  static final CardPolicy ONE_DEFAULT_ADDRESS_PER_TYPE = card -> {
    List<Refusal> refusals = new ArrayList<>();
    Set<AddressType> defaults = EnumSet.noneOf(AddressType.class);
    List<AddressForm> forms = card.form().extraAddresses();
    for (int i = 0; i < forms.size(); i++) {
      Optional<AddressType> type = CardReader.addressType(forms.get(i).type());
      if (forms.get(i).isDefault() && type.isPresent() && !defaults.add(type.get())) {
        refusals.add(Refusal.of("extraAddresses[" + i + "]", Reason.DOUBLE_DEFAULT));
      }
    }
    return refusals;
  };

  /** Every policy of the card, in the order their refusals are shown. */
  static final List<CardPolicy> ALL = List.of(PARTY_IS_NAMED, ENTERPRISE_NUMBER_IS_THE_VAT_NUMBERS,
      BIC_NEEDS_AN_IBAN, REQUIRED_FIELDS_HAVE_A_VALUE, ONLY_DEFINED_FIELDS, ONE_DEFAULT_ADDRESS_PER_TYPE);

  private CardPolicies() {}

  /** What every policy refuses of the card, all at once. */
  static List<Refusal> check(ReadCard card) {
    return ALL.stream().flatMap(policy -> policy.check(card).stream()).toList();
  }

  /** A company when the form says so, has a company name, or has no last name; a person otherwise. */
  static PartyKind kindOf(CustomerForm form) {
    return form.kind().orElse(filled(form.companyName()) || !filled(form.lastName()) ? PartyKind.COMPANY
        : PartyKind.PERSON);
  }

  private static Map<String, String> typedFields(CustomerForm form) {
    return form.fields().entrySet().stream().collect(Collectors.toMap(
        e -> e.getKey().strip().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> b));
  }

  private static boolean filled(Optional<String> text) {
    return text.filter(t -> !t.isBlank()).isPresent();
  }
}
