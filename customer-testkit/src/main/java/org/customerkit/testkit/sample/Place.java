package org.customerkit.testkit.sample;

import java.util.List;

/**
 * A real city with its postal code, the language spoken there, the region (for the sample {@code region}
 * field) and, for Belgium, the telephone area code.
 */
record Place(String postalCode, String city, String country, String language, String region, String areaCode) {

  static final String ABROAD = "Buitenland";

  static final List<Place> BELGIAN = List.of(
      new Place("9000", "Gent", "BE", "nl", "Vlaanderen", "9"),
      new Place("9050", "Gentbrugge", "BE", "nl", "Vlaanderen", "9"),
      new Place("8000", "Brugge", "BE", "nl", "Vlaanderen", "50"),
      new Place("2000", "Antwerpen", "BE", "nl", "Vlaanderen", "3"),
      new Place("2018", "Antwerpen", "BE", "nl", "Vlaanderen", "3"),
      new Place("3000", "Leuven", "BE", "nl", "Vlaanderen", "16"),
      new Place("3500", "Hasselt", "BE", "nl", "Vlaanderen", "11"),
      new Place("3600", "Genk", "BE", "nl", "Vlaanderen", "89"),
      new Place("8500", "Kortrijk", "BE", "nl", "Vlaanderen", "56"),
      new Place("2800", "Mechelen", "BE", "nl", "Vlaanderen", "15"),
      new Place("9300", "Aalst", "BE", "nl", "Vlaanderen", "53"),
      new Place("8400", "Oostende", "BE", "nl", "Vlaanderen", "59"),
      new Place("9100", "Sint-Niklaas", "BE", "nl", "Vlaanderen", "3"),
      new Place("8800", "Roeselare", "BE", "nl", "Vlaanderen", "51"),
      new Place("8900", "Ieper", "BE", "nl", "Vlaanderen", "57"),
      new Place("2300", "Turnhout", "BE", "nl", "Vlaanderen", "14"),
      new Place("9200", "Dendermonde", "BE", "nl", "Vlaanderen", "52"),
      new Place("8790", "Waregem", "BE", "nl", "Vlaanderen", "56"),
      new Place("1000", "Brussel", "BE", "nl", "Brussel", "2"),
      new Place("1000", "Bruxelles", "BE", "fr", "Brussel", "2"),
      new Place("1050", "Ixelles", "BE", "fr", "Brussel", "2"),
      new Place("1030", "Schaerbeek", "BE", "fr", "Brussel", "2"),
      new Place("1070", "Anderlecht", "BE", "fr", "Brussel", "2"),
      new Place("1200", "Sint-Lambrechts-Woluwe", "BE", "nl", "Brussel", "2"),
      new Place("4000", "Liège", "BE", "fr", "Wallonië", "4"),
      new Place("5000", "Namur", "BE", "fr", "Wallonië", "81"),
      new Place("6000", "Charleroi", "BE", "fr", "Wallonië", "71"),
      new Place("7000", "Mons", "BE", "fr", "Wallonië", "65"),
      new Place("7500", "Tournai", "BE", "fr", "Wallonië", "69"),
      new Place("1300", "Wavre", "BE", "fr", "Wallonië", "10"),
      new Place("1348", "Louvain-la-Neuve", "BE", "fr", "Wallonië", "10"),
      new Place("1410", "Waterloo", "BE", "fr", "Wallonië", "2"),
      new Place("6700", "Arlon", "BE", "fr", "Wallonië", "63"),
      new Place("4800", "Verviers", "BE", "fr", "Wallonië", "87"),
      new Place("4700", "Eupen", "BE", "de", "Wallonië", "87"),
      new Place("4780", "Sankt Vith", "BE", "de", "Wallonië", "80"));

  static final List<Place> FOREIGN = List.of(
      new Place("75008", "Paris", "FR", "fr", ABROAD, ""),
      new Place("59000", "Lille", "FR", "fr", ABROAD, ""),
      new Place("69002", "Lyon", "FR", "fr", ABROAD, ""),
      new Place("1012 AB", "Amsterdam", "NL", "nl", ABROAD, ""),
      new Place("3011 AD", "Rotterdam", "NL", "nl", ABROAD, ""),
      new Place("4811 CL", "Breda", "NL", "nl", ABROAD, ""),
      new Place("6211 CV", "Maastricht", "NL", "nl", ABROAD, ""),
      new Place("50667", "Köln", "DE", "de", ABROAD, ""),
      new Place("52062", "Aachen", "DE", "de", ABROAD, ""),
      new Place("40213", "Düsseldorf", "DE", "de", ABROAD, ""),
      new Place("1009", "Luxembourg", "LU", "fr", ABROAD, ""),
      new Place("4001", "Esch-sur-Alzette", "LU", "fr", ABROAD, ""));
}
