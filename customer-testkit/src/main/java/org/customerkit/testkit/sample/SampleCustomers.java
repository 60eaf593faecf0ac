package org.customerkit.testkit.sample;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.customerkit.core.application.port.in.AddressForm;
import org.customerkit.core.application.port.in.ContactPersonForm;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.PartyKind;
import org.customerkit.core.domain.contact.CountryCode;
import org.customerkit.core.domain.contact.PhoneNumber;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.TenantId;

/**
 * The one generator of sample customers, for the demo, every module's tests and the benchmarks. Customer
 * {@code i} of a seed is always the same customer, whatever was asked before it, so a million-row load can be
 * made in parallel batches and a test can name the customer it means. Each comes as the {@link CustomerForm} a
 * user would type ({@link #form}), to register through the use cases, or as the whole {@link Customer} the
 * registration makes of it ({@link #customer}), to load a store directly. Sample customers, the same for the
 * same seed: about two thirds Belgian companies, a tenth companies in
 * France, the Netherlands, Germany and Luxembourg, the rest Belgian persons. Names carry accents (Émile,
 * Françoise, Müller) and repeat (several Jan Peeters); about one company in seven has no VAT number, persons
 * never have one. VAT numbers and IBANs pass their check digits; addresses have real postal codes; some
 * companies have a delivery or billing address and a contact person; extra fields {@code region},
 * {@code birthday} and {@code vip} (see {@link SampleFields}) are filled in where they fit.
 */
public final class SampleCustomers {

  /** The seed of the demo's data. */
  public static final long DEMO_SEED = 20_260_401L;

  private final long seed;
  private long next;

  public SampleCustomers(long seed) {
    this.seed = seed;
  }

  /** The forms of the next {@code count} customers, ready to register. */
  public List<CustomerForm> next(int count) {
    List<CustomerForm> forms = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      forms.add(next());
    }
    return forms;
  }

  /** The form of the next customer: the first call gives customer 0, then 1, ... */
  public CustomerForm next() {
    return form(next++);
  }

  /** The form of customer {@code index} of this seed. */
  public CustomerForm form(long index) {
    return new OneCustomer(new Random(mix(seed, index))).form();
  }

  /**
   * Customer {@code index} of this seed as its registration makes it, numbered {@code number}, with a random id,
   * created and updated at {@code created}; about one in fifty is archived.
   */
  public Customer customer(TenantId tenant, long index, CustomerNumber number, Instant created) {
    Customer customer = SampleCards.customer(form(index), tenant, number, created);
    return Math.floorMod(mix(seed, index) >>> 7, 50) == 0 ? customer.archived(created) : customer;
  }

  /** SplitMix64's finaliser over seed and index: neighbouring indexes give unrelated random streams. */
  private static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** One customer's making, with the random stream of its index. */
  private static final class OneCustomer {
    private final Random random;
    private final SampleVatNumbers vatNumbers;
    private final SampleIbans ibans;

    OneCustomer(Random random) {
      this.random = random;
      this.vatNumbers = new SampleVatNumbers(random);
      this.ibans = new SampleIbans(random);
    }

    CustomerForm form() {
      int kind = random.nextInt(100);
      if (kind < 65) {
        return company(pick(Place.BELGIAN));
      }
      if (kind < 75) {
        return company(pick(Place.FOREIGN));
      }
      return person(pick(Place.BELGIAN));
    }

    private CustomerForm company(Place place) {
      String language = place.language();
      String family = pick(SampleNames.families(language));
      String name = switch (random.nextInt(4)) {
        case 0 -> family + " & " + pick(SampleNames.families(language));
        case 1 -> family + " " + pick(SampleNames.TRADES.get(language));
        default -> pick(SampleNames.TRADES.get(language)) + " " + family;
      };
      String formKey = place.country().equals("BE") ? "BE-" + language : place.country();
      CustomerForm.Builder form = CustomerForm.builder().kind(PartyKind.COMPANY).companyName(name)
          .legalForm(pick(SampleNames.LEGAL_FORMS.get(formKey)));
      address(form, place);
      form.language(language).email("info@" + slug(name) + "." + place.country().toLowerCase(Locale.ROOT));
      if (random.nextInt(7) != 0) {
        form.vatNumber(vatNumbers.of(place.country()));
      }
      if (random.nextInt(4) == 0) {
        form.website("https://www." + slug(name) + "." + place.country().toLowerCase(Locale.ROOT));
      }
      if (place.country().equals("BE")) {
        phone(form, place);
        if (random.nextInt(10) < 8) {
          form.iban(ibans.belgian());
        }
        if (random.nextInt(5) == 0) {
          form.addExtraAddresses(otherAddress("delivery", pick(Place.BELGIAN)));
        }
        if (random.nextInt(10) == 0) {
          form.addExtraAddresses(otherAddress("billing", place));
        }
      }
      if (random.nextInt(4) == 0) {
        String first = pick(SampleNames.firstNames(language));
        form.addContactPersons(ContactPersonForm.builder().name(first + " " + family)
            .function(pick(SampleNames.FUNCTIONS)).email(slug(first) + "@" + slug(name) + ".be").build());
      }
      form.paymentTermDays(pick(List.of("30", "30", "30", "14", "60", "0")));
      if (random.nextInt(10) == 0) {
        form.discount(pick(List.of("2.5", "5", "10")));
      }
      fields(form, place);
      return form.build();
    }

    private CustomerForm person(Place place) {
      String language = place.language();
      String first = pick(SampleNames.firstNames(language));
      String last = pick(SampleNames.families(language));
      CustomerForm.Builder form = CustomerForm.builder().kind(PartyKind.PERSON).firstName(first).lastName(last);
      address(form, place);
      form.language(language).vatRegime("PRIVATE_PERSON");
      form.email(slug(first) + "." + slug(last) + random.nextInt(100) + "@"
          + pick(List.of("telenet.be", "skynet.be", "proximus.be", "gmail.com")));
      if (random.nextBoolean()) {
        mobile(form);
      }
      if (random.nextInt(10) < 6) {
        form.iban(ibans.belgian());
      }
      if (random.nextInt(10) < 3) {
        form.putFields(SampleFields.BIRTHDAY,
            LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
      }
      fields(form, place);
      return form.build();
    }

    private void address(CustomerForm.Builder form, Place place) {
      form.street(pick(SampleNames.STREETS.get(place.language()))).houseNumber(Integer.toString(1 + random.nextInt(180)))
          .postalCode(place.postalCode()).city(place.city()).country(place.country());
      if (random.nextInt(12) == 0) {
        form.box(Integer.toString(1 + random.nextInt(20)));
      }
    }

    private AddressForm otherAddress(String type, Place place) {
      return AddressForm.builder().type(type).isDefault(true).street(pick(SampleNames.STREETS.get(place.language())))
          .houseNumber(Integer.toString(1 + random.nextInt(250))).postalCode(place.postalCode()).city(place.city())
          .country(place.country()).build();
    }

    private void phone(CustomerForm.Builder form, Place place) {
      int subscriberDigits = 8 - place.areaCode().length();
      String number = "+32" + place.areaCode() + (2 + random.nextInt(8)) + digits(subscriberDigits - 1);
      if (PhoneNumber.parse(number, CountryCode.BELGIUM).isValid()) {
        form.phone(number);
      }
    }

    private void mobile(CustomerForm.Builder form) {
      String number = "+324" + pick(List.of("70", "72", "75", "77", "78", "79", "84", "86", "94", "96")) + digits(6);
      if (PhoneNumber.parse(number, CountryCode.BELGIUM).isValid()) {
        form.mobile(number);
      }
    }

    private void fields(CustomerForm.Builder form, Place place) {
      form.putFields(SampleFields.REGION, place.region());
      int vip = random.nextInt(20);
      if (vip == 0) {
        form.putFields(SampleFields.VIP, "yes");
      } else if (vip < 5) {
        form.putFields(SampleFields.VIP, "no");
      }
    }

    private String digits(int count) {
      StringBuilder digits = new StringBuilder(count);
      for (int i = 0; i < count; i++) {
        digits.append(random.nextInt(10));
      }
      return digits.toString();
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }
  }

  /** "Bäckerei Müller & Söhne" becomes "backerei-muller-sohne": for made-up email addresses and websites. */
  static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replace("ß", "ss");
    return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
