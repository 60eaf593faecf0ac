package org.customerkit.core.domain.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.customerkit.core.domain.bank.BankAccount;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.contact.EmailAddress;
import org.customerkit.core.domain.contact.PhoneNumber;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.field.FieldValue;
import org.customerkit.core.domain.fiscal.EnterpriseNumber;
import org.customerkit.core.domain.fiscal.PeppolParticipantId;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Warning;
import org.immutables.value.Value;

/**
 * A customer of one tenant: the "Klantenfiche" of Winfakt, the root of its own aggregate.
 *
 * <h2>Boundary</h2>
 * Everything on the card belongs to the aggregate and changes with it in one step: the party (a company or a
 * person), the main address and up to {@value #MAX_EXTRA_ADDRESSES} extra addresses, contact details and up to
 * {@value #MAX_CONTACT_PERSONS} contact persons, the fiscal and commercial data, the extra info and the values of
 * the tenant's extra fields. Sales documents and payments are not part of it: they belong to the host and refer to
 * the customer by {@link CustomerId}; the customer's number is for people and may be changed.
 *
 * <h2>Lifecycle</h2>
 * A customer is registered with a number that is free in its tenant, edited any number of times, archived when it
 * should no longer be used (and reactivated if needed), and deleted only while no sales document refers to it.
 * Every change produces a new value with {@link #version()} one higher; a change made from an older version is
 * refused, so two people editing the same card cannot overwrite each other's work.
 *
 * <h2>Always valid</h2>
 * The value objects it holds cannot exist invalid (a {@link VatNumber} has passed its check digits, an
 * {@link org.customerkit.core.domain.bank.Iban} its mod 97); the structural rules that span fields are checked
 * when the value is built; rules that need the tenant's data (a free number, the extra field definitions, no sales
 * documents) are the use cases' business. Instances are immutable: build with {@link #builder()}, change with
 * {@link #toBuilder()}.
 */
@Value.Immutable
public abstract class Customer {

  public static final int MAX_EXTRA_ADDRESSES = 9;
  public static final int MAX_CONTACT_PERSONS = 9;
  public static final int MAX_TEXT = 100;
  public static final int MAX_EXTRA_INFO = 4000;

  public abstract CustomerId id();

  public abstract TenantId tenant();

  public abstract CustomerNumber number();

  public abstract Party party();

  /** The main address, the one lists and reports show. */
  public abstract Optional<Address> address();

  public abstract List<ExtraAddress> extraAddresses();

  public abstract Optional<PhoneNumber> phone();

  public abstract Optional<PhoneNumber> mobile();

  public abstract Optional<EmailAddress> email();

  public abstract Optional<String> website();

  public abstract List<ContactPerson> contactPersons();

  /** Absent for a customer without a VAT number, such as a private person. */
  public abstract Optional<VatNumber> vatNumber();

  /** The Belgian enterprise (KBO) number; for a Belgian VAT number it is the same ten digits. */
  public abstract Optional<EnterpriseNumber> enterpriseNumber();

  @Value.Default
  public VatRegime vatRegime() {
    return VatRegime.DOMESTIC;
  }

  /** The language of the customer's documents. */
  @Value.Default
  public Language language() {
    return Language.NL;
  }

  /** Payment term in days after the invoice date, 0 to 365. */
  @Value.Default
  public int paymentTermDays() {
    return 30;
  }

  public abstract Optional<String> priceCategory();

  /** Default discount in percent, 0 to 100. */
  @Value.Default
  public BigDecimal discountPercent() {
    return BigDecimal.ZERO;
  }

  public abstract Optional<BankAccount> bankAccount();

  /**
   * What the user should know about this card although nothing in it is wrong: for now a Belgian bank code that
   * the bundled list lacks, so the BIC is unknown ({@code UNKNOWN_BANK} on {@code iban}, with the code). Never
   * null.
   */
  public List<Warning> warnings() {
    return bankAccount().flatMap(account -> account.iban().unlistedBelgianBankCode())
        .map(code -> List.of(Warning.of("iban", Reason.UNKNOWN_BANK, code)))
        .orElse(List.of());
  }

  /** A Peppol participant id set by hand; see {@link #effectivePeppolId()} for the one to use. */
  public abstract Optional<PeppolParticipantId> peppolId();

  /** Free notes: whatever is worth knowing about this customer. */
  public abstract Optional<String> extraInfo();

  /** Values of the tenant's extra fields, by key; fields without a value are absent. */
  public abstract Map<FieldKey, FieldValue> extraFields();

  @Value.Default
  public CustomerStatus status() {
    return CustomerStatus.ACTIVE;
  }

  /** Optimistic-lock version: 1 when registered, one more on every change. */
  @Value.Default
  public long version() {
    return 1;
  }

  public abstract Instant created();

  public abstract Instant updated();

  /** "Bakkerij Peeters BV" or "Jan Peeters": what lists show and sort on as the full name. */
  public String fullName() {
    return party().fullName();
  }

  /** The company name; empty for a person. */
  public Optional<String> companyName() {
    return party().companyName();
  }

  public boolean hasVatNumber() {
    return vatNumber().isPresent();
  }

  public boolean isArchived() {
    return status() == CustomerStatus.ARCHIVED;
  }

  /**
   * The Peppol participant to send e-invoices to: the one set by hand, else scheme 0208 with the enterprise
   * number, as Belgian companies are registered.
   */
  public Optional<PeppolParticipantId> effectivePeppolId() {
    return peppolId().or(() -> enterpriseNumber().map(PeppolParticipantId::forEnterprise));
  }

  /** The default extra address of a type, if one is marked default. */
  public Optional<ExtraAddress> defaultAddress(AddressType type) {
    return extraAddresses().stream().filter(a -> a.type() == type && a.isDefault()).findFirst();
  }

  @Value.Check
  protected void check() {
    if (extraAddresses().size() > MAX_EXTRA_ADDRESSES) {
      throw new IllegalStateException("at most " + MAX_EXTRA_ADDRESSES + " extra addresses");
    }
    if (contactPersons().size() > MAX_CONTACT_PERSONS) {
      throw new IllegalStateException("at most " + MAX_CONTACT_PERSONS + " contact persons");
    }
    Set<AddressType> defaults = EnumSet.noneOf(AddressType.class);
    for (ExtraAddress extra : extraAddresses()) {
      if (extra.isDefault() && !defaults.add(extra.type())) {
        throw new IllegalStateException("two default " + extra.type() + " addresses");
      }
    }
    if (paymentTermDays() < 0 || paymentTermDays() > 365) {
      throw new IllegalStateException("payment term out of range: " + paymentTermDays());
    }
    if (discountPercent().signum() < 0 || discountPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalStateException("discount out of range: " + discountPercent());
    }
    if (version() < 1) {
      throw new IllegalStateException("version starts at 1");
    }
    vatNumber().flatMap(VatNumber::enterpriseNumber).ifPresent(fromVat -> {
      if (enterpriseNumber().isPresent() && !enterpriseNumber().get().equals(fromVat)) {
        throw new IllegalStateException("the enterprise number differs from the Belgian VAT number");
      }
    });
    if (updated().isBefore(created())) {
      throw new IllegalStateException("updated before created");
    }
  }

  /** This customer archived at {@code when}, one version on. */
  public Customer archived(Instant when) {
    return toBuilder().status(CustomerStatus.ARCHIVED).version(version() + 1).updated(when).build();
  }

  /** This customer active again at {@code when}, one version on. */
  public Customer reactivated(Instant when) {
    return toBuilder().status(CustomerStatus.ACTIVE).version(version() + 1).updated(when).build();
  }

  public Builder toBuilder() {
    return new Builder().from(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCustomer.Builder {}
}
