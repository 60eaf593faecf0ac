package org.customerkit.testkit.sample;

import java.util.List;
import java.util.Map;

/** Names, trades and streets by language, with the accents real customer lists have. */
final class SampleNames {

  static final List<String> FAMILY_NL = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
      "Claes", "Goossens", "Wouters", "De Smet", "de Smet", "Van den Broeck", "Vermeulen", "Desmet", "De Clercq",
      "Van Damme", "Verhaeghe", "Coppens", "D'Hondt", "Van Acker", "Martens", "Declercq", "Hermans", "Aerts");
  static final List<String> FAMILY_FR = List.of("Dubois", "Lambert", "Dupont", "Martin", "Simon", "Lemaire",
      "Leclercq", "Renard", "Lefèvre", "François", "Mathieu", "Dumont", "Fontaine", "Gérard", "Piérard");
  static final List<String> FAMILY_DE = List.of("Müller", "Schmitz", "Schröder", "Krämer", "Weiß", "Hoffmann",
      "Becker", "Jüngling", "Schmit", "Weber");
  static final List<String> FIRST_NL = List.of("Jan", "An", "Lotte", "Pieter", "Sofie", "Wouter", "Els", "Bart",
      "Zoë", "Noël", "Jef", "Marie", "Ann", "Koen", "Liesbeth", "Renée", "Björn", "Emile", "Inès");
  static final List<String> FIRST_FR = List.of("Émile", "Françoise", "Jérôme", "Hélène", "Anaïs", "Benoît",
      "Céline", "Léa", "Noémie", "Thérèse", "Marc", "Chloé", "François", "Aurélie", "Emile");
  static final List<String> FIRST_DE = List.of("Jürgen", "Günther", "Käthe", "Jörg", "Sören", "Anna", "Lukas",
      "Hannah", "Matthias");

  static final Map<String, List<String>> TRADES = Map.of(
      "nl", List.of("Bakkerij", "Slagerij", "Garage", "Brouwerij", "Boekhandel", "Apotheek", "Drukkerij",
          "Bouwbedrijf", "Schrijnwerkerij", "Transport", "Tuinaanleg", "Elektro", "Kapsalon", "Immo"),
      "fr", List.of("Boulangerie", "Boucherie", "Garage", "Brasserie", "Librairie", "Pharmacie", "Imprimerie",
          "Menuiserie", "Transports", "Électricité", "Immobilière", "Café", "Fromagerie"),
      "de", List.of("Bäckerei", "Metzgerei", "Autohaus", "Brauerei", "Buchhandlung", "Apotheke", "Druckerei",
          "Schreinerei", "Maschinenbau", "Elektro"));

  static final Map<String, List<String>> STREETS = Map.of(
      "nl", List.of("Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat", "Nieuwstraat", "Veldstraat",
          "Hoogstraat", "Brugsesteenweg", "Kortrijksesteenweg", "Sint-Pietersnieuwstraat", "Lindenlaan",
          "Industrieweg", "Oude Vest", "Koning Albertlaan"),
      "fr", List.of("Rue de la Station", "Rue de l'Église", "Chaussée de Bruxelles", "Avenue Louise",
          "Rue du Moulin", "Place du Marché", "Rue des Écoles", "Boulevard d'Avroy", "Rue Émile Vandervelde",
          "Avenue de la Gare"),
      "de", List.of("Hauptstraße", "Bahnhofstraße", "Kirchstraße", "Aachener Straße", "Gospertstraße",
          "Schulstraße", "Marktplatz"));

  static final Map<String, List<String>> LEGAL_FORMS = Map.of(
      "BE-nl", List.of("BV", "BV", "BV", "NV", "CommV", "VZW"),
      "BE-fr", List.of("SRL", "SRL", "SA", "SComm", "ASBL"),
      "BE-de", List.of("GmbH", "AG", "VoG"),
      "FR", List.of("SARL", "SAS", "SA"),
      "NL", List.of("B.V.", "B.V.", "V.O.F."),
      "DE", List.of("GmbH", "GmbH", "AG", "KG"),
      "LU", List.of("SARL", "SA", "SARL-S"));

  static final List<String> FUNCTIONS = List.of("Zaakvoerder", "Boekhouding", "Aankoop", "Gérant", "Comptabilité",
      "Geschäftsführer", "Office manager");

  private SampleNames() {}

  static List<String> families(String language) {
    return switch (language) {
      case "fr" -> FAMILY_FR;
      case "de" -> FAMILY_DE;
      default -> FAMILY_NL;
    };
  }

  static List<String> firstNames(String language) {
    return switch (language) {
      case "fr" -> FIRST_FR;
      case "de" -> FIRST_DE;
      default -> FIRST_NL;
    };
  }
}
