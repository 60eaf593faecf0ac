package org.customerkit.core.application.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.Party;
import org.immutables.value.Value;

/**
 * The customer card as a user fills it in: every field as typed, the way a screen or an import hands it
 * over. The register and edit use cases parse it into a {@link Customer}, refusing every wrong field at once,
 * each refusal naming its field ({@code vatNumber}, {@code extraAddresses[0].postalCode}, {@code fields.region}).
 *
 * <p>Blank text counts as absent. An edit sends the whole card: {@link #of(Customer)} gives the form of a
 * stored customer to change and send back.
 */
@Value.Immutable
public abstract class CustomerForm {

  /** Company or person; when absent, a company if a company name is given, else a person. */
  public abstract Optional<PartyKind> kind();

  /** Given to use this number instead of the next one of the tenant's pattern. */
  public abstract Optional<@Size(max = 20) String> number();

  public abstract Optional<@Size(max = 100) String> companyName();

  public abstract Optional<@Size(max = 20) String> legalForm();

  public abstract Optional<@Size(max = 30) String> salutation();

  public abstract Optional<@Size(max = 100) String> firstName();

  public abstract Optional<@Size(max = 100) String> lastName();

  public abstract Optional<@Size(max = 100) String> street();

  public abstract Optional<@Size(max = 20) String> houseNumber();

  public abstract Optional<@Size(max = 20) String> box();

  public abstract Optional<@Size(max = 100) String> line2();

  public abstract Optional<@Size(max = 20) String> postalCode();

  public abstract Optional<@Size(max = 100) String> city();

  /** ISO code; the tenant's country when absent. */
  public abstract Optional<@Size(max = 2) String> country();

  public abstract Optional<@Size(max = 40) String> phone();

  public abstract Optional<@Size(max = 40) String> mobile();

  public abstract Optional<@Size(max = 254) String> email();

  public abstract Optional<@Size(max = 200) String> website();

  public abstract Optional<@Size(max = 40) String> vatNumber();

  public abstract Optional<@Size(max = 20) String> enterpriseNumber();

  /** A {@link org.customerkit.core.domain.customer.VatRegime} name; derived from the VAT number when absent. */
  public abstract Optional<@Size(max = 20) String> vatRegime();

  /** nl, fr, en or de; the tenant's language when absent. */
  public abstract Optional<@Size(max = 5) String> language();

  public abstract Optional<@Size(max = 10) String> paymentTermDays();

  public abstract Optional<@Size(max = 40) String> priceCategory();

  public abstract Optional<@Size(max = 10) String> discount();

  public abstract Optional<@Size(max = 50) String> iban();

  public abstract Optional<@Size(max = 20) String> bic();

  /** Set only to override the id derived from the enterprise number. */
  public abstract Optional<@Size(max = 80) String> peppolId();

  public abstract Optional<@Size(max = 4000) String> extraInfo();

  /** Extra field values by key, as typed. */
  public abstract Map<String, @Size(max = 500) String> fields();

  public abstract List<@Valid AddressForm> extraAddresses();

  public abstract List<@Valid ContactPersonForm> contactPersons();

  /** The form of a stored customer, for an edit that changes some fields and keeps the rest. */
  public static CustomerForm of(Customer customer) {
    Builder form = builder();
    Party party = customer.party();
    if (party instanceof Party.Company company) {
      form.kind(PartyKind.COMPANY).companyName(company.name()).legalForm(company.legalForm());
    } else if (party instanceof Party.Person person) {
      form.kind(PartyKind.PERSON).salutation(person.salutation()).firstName(person.firstName())
          .lastName(person.lastName());
    }
    form.number(customer.number().value());
    customer.address().ifPresent(a -> form.street(a.street()).houseNumber(a.houseNumber()).box(a.box())
        .line2(a.line2()).postalCode(a.postalCode()).city(a.city()).country(a.country().value()));
    customer.phone().ifPresent(p -> form.phone(p.e164()));
    customer.mobile().ifPresent(p -> form.mobile(p.e164()));
    customer.email().ifPresent(e -> form.email(e.value()));
    form.website(customer.website());
    customer.vatNumber().ifPresent(v -> form.vatNumber(v.canonical()));
    customer.enterpriseNumber().ifPresent(e -> form.enterpriseNumber(e.digits()));
    form.vatRegime(customer.vatRegime().name());
    form.language(customer.language().code());
    form.paymentTermDays(Integer.toString(customer.paymentTermDays()));
    form.priceCategory(customer.priceCategory());
    if (customer.discountPercent().compareTo(BigDecimal.ZERO) != 0) {
      form.discount(customer.discountPercent().toPlainString());
    }
    customer.bankAccount().ifPresent(b -> {
      form.iban(b.iban().canonical());
      b.bic().ifPresent(bic -> form.bic(bic.value()));
    });
    customer.peppolId().ifPresent(p -> form.peppolId(p.toString()));
    form.extraInfo(customer.extraInfo());
    Map<String, String> fields = new LinkedHashMap<>();
    customer.extraFields().forEach((k, v) -> fields.put(k.value(), v.text()));
    form.putAllFields(fields);
    form.extraAddresses(customer.extraAddresses().stream().map(AddressForm::of).collect(Collectors.toList()));
    form.contactPersons(customer.contactPersons().stream().map(ContactPersonForm::of)
        .collect(Collectors.toList()));
    return form.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCustomerForm.Builder {}
}
