package org.customerkit.benchmarks;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.contact.CountryCode;
import org.customerkit.core.domain.contact.EmailAddress;
import org.customerkit.core.domain.contact.PhoneNumber;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.CustomerStatus;
import org.customerkit.core.domain.customer.Party;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.customer.VatRegime;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.customerkit.core.domain.shared.Language;

/**
 * Realistic Belgian customers from a fixed seed: about 70% companies (four in five with a Belgian VAT number) and
 * 30% private persons without one, in Belgian cities weighted roughly by size, with valid phone numbers, e-mail
 * addresses for most, 2% archived. Customer {@code i} of a tenant is always the same customer, so a load can be
 * repeated and a benchmark can name a customer by its number.
 */
final class SampleCustomers {

  /** Postal code, city, telephone zone, language; the weight is the number of times a city is listed. */
  private static final String[][] CITIES = {
      {"1000", "Brussel", "2", "nl"}, {"1000", "Bruxelles", "2", "fr"}, {"1000", "Brussel", "2", "fr"},
      {"2000", "Antwerpen", "3", "nl"}, {"2000", "Antwerpen", "3", "nl"}, {"2018", "Antwerpen", "3", "nl"},
      {"9000", "Gent", "9", "nl"}, {"9000", "Gent", "9", "nl"}, {"9050", "Gentbrugge", "9", "nl"},
      {"8000", "Brugge", "50", "nl"}, {"3000", "Leuven", "16", "nl"}, {"4000", "Liège", "4", "fr"},
      {"4000", "Liège", "4", "fr"}, {"5000", "Namur", "81", "fr"}, {"6000", "Charleroi", "71", "fr"},
      {"7000", "Mons", "65", "fr"}, {"2800", "Mechelen", "15", "nl"}, {"3500", "Hasselt", "11", "nl"},
      {"8500", "Kortrijk", "56", "nl"}, {"9300", "Aalst", "53", "nl"}, {"1300", "Wavre", "10", "fr"},
      {"8400", "Oostende", "59", "nl"}, {"2300", "Turnhout", "14", "nl"}, {"3600", "Genk", "89", "nl"},
      {"9100", "Sint-Niklaas", "3", "nl"}, {"1500", "Halle", "2", "nl"}, {"9200", "Dendermonde", "52", "nl"},
      {"8800", "Roeselare", "51", "nl"}, {"7500", "Tournai", "69", "fr"}, {"6700", "Arlon", "63", "fr"},
      {"4800", "Verviers", "87", "fr"}, {"4700", "Eupen", "87", "de"}, {"1400", "Nivelles", "67", "fr"},
      {"8900", "Ieper", "57", "nl"}, {"3300", "Tienen", "16", "nl"}, {"2500", "Lier", "3", "nl"},
      {"9700", "Oudenaarde", "55", "nl"}, {"9400", "Ninove", "54", "nl"}, {"3800", "Sint-Truiden", "11", "nl"},
      {"5500", "Dinant", "82", "fr"}, {"6900", "Marche-en-Famenne", "84", "fr"}, {"1800", "Vilvoorde", "2", "nl"},
      {"1930", "Zaventem", "2", "nl"}, {"9800", "Deinze", "9", "nl"}, {"2900", "Schoten", "3", "nl"},
      {"4900", "Spa", "87", "fr"}, {"1050", "Ixelles", "2", "fr"}, {"1030", "Schaerbeek", "2", "fr"},
      {"2600", "Berchem", "3", "nl"}, {"8300", "Knokke-Heist", "50", "nl"}, {"3200", "Aarschot", "16", "nl"},
  };

  private static final String[] SURNAMES = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
      "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent",
      "Lemaire", "Vermeulen", "Van den Broeck", "Hermans", "Desmet", "Michiels", "Declercq", "Pauwels", "Aerts",
      "De Backer", "Leclercq", "Renard", "Lejeune", "Wuyts", "Van Damme", "Verhoeven", "Cools", "Smets", "Segers",
      "Bogaerts", "D'Hondt", "Vandenberghe", "Thys", "Collard", "Lefèvre", "Müller", "Schmitz", "Gérard", "Noël",
      "François", "Hendrickx", "Verbruggen", "Coppens", "De Clercq", "Baert", "Stevens", "Van Acker", "Öztürk",
      "El Amrani", "Nguyen", "Kowalski", "Rossi", "Dumont", "Vanhove"};

  private static final String[] FIRST_NAMES = {"Jan", "An", "Els", "Koen", "Sofie", "Pieter", "Marie", "Luc",
      "Lies", "Tom", "Émile", "Hélène", "Jean", "Anne", "Thomas", "Julie", "Wim", "Sarah", "Bart", "Inge",
      "Noah", "Lotte", "Chloé", "Mohamed", "Fatima", "Lukas", "Hannah", "Arne", "Joke", "Geert"};

  private static final String[] TRADES = {"Bakkerij", "Slagerij", "Garage", "Brouwerij", "Schrijnwerkerij",
      "Bouwbedrijf", "Transport", "Boulangerie", "Boucherie", "Menuiserie", "Immo", "Architectenbureau",
      "Tuinaanleg", "Drukkerij", "Apotheek", "Elektro", "Loodgieterij", "Kapsalon", "Fietsen", "Brasserie",
      "Garage du Centre", "Cabinet", "Consultancy", "Schilderwerken", "Dakwerken", "Verzekeringen", "Optiek",
      "Bloemen", "Traiteur", "Wijnhandel"};

  private static final String[] LEGAL_FORMS = {"BV", "NV", "CommV", "SRL", "SA", "VOF"};

  private static final String[] STREETS = {"Kerkstraat", "Stationsstraat", "Dorpstraat", "Molenstraat",
      "Nieuwstraat", "Grote Markt", "Kapelstraat", "Schoolstraat", "Veldstraat", "Brusselsesteenweg",
      "Rue de la Station", "Rue de l'Église", "Chaussée de Louvain", "Rue Haute", "Avenue Louise",
      "Place Saint-Lambert", "Hauptstraße", "Koning Albertlaan", "Industrieweg", "Meir"};

  private static final Map<String, Optional<PhoneNumber>> PHONES = new ConcurrentHashMap<>();
  private static final Map<String, Optional<EmailAddress>> EMAILS = new ConcurrentHashMap<>();
  private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();

  static final Instant EPOCH = Instant.parse("2015-01-01T08:00:00Z");

  private SampleCustomers() {}

  /** Customer {@code index} (0-based) of a tenant. */
  static Customer customer(TenantId tenant, int tenantOrdinal, int index) {
    SplittableRandom rnd = new SplittableRandom(0x5EEDL * 1_000_003L + tenantOrdinal * 10_000_019L + index);
    String[] city = CITIES[rnd.nextInt(CITIES.length)];
    Language language = switch (city[3]) {
      case "fr" -> Language.FR;
      case "de" -> Language.DE;
      default -> rnd.nextInt(40) == 0 ? Language.EN : Language.NL;
    };
    boolean company = rnd.nextInt(10) < 7;
    String surname = SURNAMES[rnd.nextInt(SURNAMES.length)];
    Customer.Builder b = Customer.builder()
        .id(new CustomerId(new UUID(rnd.nextLong(), rnd.nextLong())))
        .tenant(tenant)
        .number(CustomerNumber.of(number(index)))
        .language(language);
    String mailDomain;
    if (company) {
      String trade = TRADES[rnd.nextInt(TRADES.length)];
      String name = switch (rnd.nextInt(4)) {
        case 0 -> trade + " " + surname + " " + city[1];
        case 1 -> surname + " & Zonen";
        default -> trade + " " + surname;
      };
      b.party(new Party.Company(name, rnd.nextInt(3) == 0 ? Optional.empty()
          : Optional.of(LEGAL_FORMS[rnd.nextInt(LEGAL_FORMS.length)])));
      mailDomain = SLUGS.computeIfAbsent(name, SampleCustomers::slug) + ".be";
      if (rnd.nextInt(5) < 4) {
        VatNumber vat = belgianVat(rnd);
        b.vatNumber(vat).enterpriseNumber(vat.enterpriseNumber()).vatRegime(VatRegime.DOMESTIC);
      } else {
        b.vatRegime(VatRegime.EXEMPT);
      }
    } else {
      String first = FIRST_NAMES[rnd.nextInt(FIRST_NAMES.length)];
      b.party(new Party.Person(Optional.empty(), Optional.of(first), surname)).vatRegime(VatRegime.PRIVATE_PERSON);
      mailDomain = rnd.nextBoolean() ? "telenet.be" : "gmail.com";
    }
    b.address(Address.builder().street(STREETS[rnd.nextInt(STREETS.length)])
        .houseNumber(Integer.toString(1 + rnd.nextInt(180)))
        .postalCode(city[0]).city(city[1]).country(CountryCode.BELGIUM).build());
    if (rnd.nextInt(10) < 8) {
      phone(zoneNumber(city[2], rnd)).ifPresent(b::phone);
    }
    if (rnd.nextInt(10) < 5) {
      phone("04" + (7 + rnd.nextInt(3)) + digits(rnd, 7)).ifPresent(b::mobile);
    }
    if (rnd.nextInt(10) < 7) {
      String local = company ? "info"
          : SLUGS.computeIfAbsent(surname, SampleCustomers::slug) + "." + (1 + rnd.nextInt(99));
      EMAILS.computeIfAbsent(local + "@" + mailDomain, text -> EmailAddress.parse(text).toOptional())
          .ifPresent(b::email);
    }
    if (rnd.nextInt(50) == 0) {
      b.status(CustomerStatus.ARCHIVED);
    }
    Instant created = EPOCH.plusSeconds(rnd.nextLong(11L * 365 * 24 * 3600));
    return b.created(created).updated(created.plusSeconds(rnd.nextLong(90L * 24 * 3600))).build();
  }

  static String number(int index) {
    return String.format(Locale.ROOT, "C%07d", index + 1);
  }

  /** A valid Belgian VAT number: BE0 and seven digits, then 97 minus the eight digits modulo 97. */
  private static VatNumber belgianVat(SplittableRandom rnd) {
    int base = 2_000_000 + rnd.nextInt(7_999_999);
    int check = 97 - (base % 97);
    return VatNumber.of(String.format(Locale.ROOT, "BE0%07d%02d", base, check));
  }

  /** A Belgian fixed-line number in the zone: two-digit zones have seven subscriber digits, others six. */
  private static String zoneNumber(String zone, SplittableRandom rnd) {
    return switch (zone) {
      case "2", "3" -> "0" + zone + (2 + rnd.nextInt(7)) + digits(rnd, 6);
      case "4" -> "04" + (2 + rnd.nextInt(2)) + digits(rnd, 6);
      case "9" -> "09" + (2 + rnd.nextInt(3)) + digits(rnd, 6);
      default -> "0" + zone + digits(rnd, 6);
    };
  }

  /** {@code count} digits of which only the last three vary, so a zone has a thousand numbers at most. */
  private static String digits(SplittableRandom rnd, int count) {
    String varying = String.format(Locale.ROOT, "%03d", rnd.nextInt(1000));
    return "4567890".substring(0, count - 3) + varying;
  }

  /**
   * Parsing a phone number (libphonenumber) costs more than the rest of a customer, so subscriber numbers come
   * from a smaller set (three random digits; see {@link #digits}) and each is parsed once.
   */
  private static Optional<PhoneNumber> phone(String national) {
    return PHONES.computeIfAbsent(national, n -> PhoneNumber.parse(n, CountryCode.BELGIUM).toOptional());
  }

  private static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
