package org.customerkit.core.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The four bundles read from their files: every text exists in every language and is a valid pattern, and a
 * refusal in French or German names its field with the field's article, as a sentence does.
 */
class MessageBundlesTest {

  private static final List<String> LANGUAGES = List.of("nl", "fr", "de");
  /** Keys a language adds where its grammar needs them: the field with its article, at a sentence's start. */
  private static final String SUBJECT = "subject.";

  @Test
  void everyTextOfTheEnglishBundleExistsInEveryLanguage() {
    Set<String> english = keys(bundle(""));
    for (String language : LANGUAGES) {
      Set<String> missing = new TreeSet<>(english);
      missing.removeAll(keys(bundle("_" + language)));
      assertEquals(Set.of(), missing, "missing in " + language);
      Set<String> extra = new TreeSet<>(keys(bundle("_" + language)));
      extra.removeAll(english);
      extra.removeIf(key -> key.startsWith(SUBJECT));
      assertEquals(Set.of(), extra, "only in " + language);
    }
  }

  @Test
  void everyTextIsAPatternThatFormats() {
    for (String suffix : List.of("", "_nl", "_fr", "_de")) {
      Properties texts = bundle(suffix);
      for (String key : texts.stringPropertyNames()) {
        String formatted = new MessageFormat(texts.getProperty(key), Locale.ROOT)
            .format(new Object[] {"a", 2, 1, 1});
        assertTrue(!formatted.isBlank(), key + suffix);
      }
    }
  }

  @Property
  void aFrenchRefusalStartsWithTheFieldsArticle(@ForAll("fields") String field, @ForAll("reasons") Reason reason) {
    String message = Refusal.of(field, reason, 1, 1, 1).message(Locale.FRENCH);
    assertTrue(Pattern.compile("^(Le |La |Les |L')").matcher(message).find(), message);
  }

  @Property
  void aGermanRefusalStartsWithTheFieldsArticle(@ForAll("fields") String field, @ForAll("reasons") Reason reason) {
    String message = Refusal.of(field, reason, 1, 1, 1).message(Locale.GERMAN);
    assertTrue(Pattern.compile("^(Der |Die |Das )").matcher(message).find(), message);
  }

  @Test
  void theVatNumberAndAStreetAreNamedAsASentenceNamesThem() {
    assertEquals("Le num\u00e9ro de TVA n'est pas valide : les chiffres de contr\u00f4le ne correspondent pas.",
        Refusal.of("vatNumber", Reason.INVALID_CHECKSUM).message(Locale.FRENCH));
    assertEquals("Die MwSt.-Nummer ist ung\u00fcltig: die Pr\u00fcfziffern stimmen nicht.",
        Refusal.of("vatNumber", Reason.INVALID_CHECKSUM).message(Locale.GERMAN));
    assertEquals("La rue d\u00e9passe la longueur permise : 60 caract\u00e8res au maximum.",
        Refusal.of("street", Reason.TOO_LONG, 60).message(Locale.FRENCH));
    assertEquals("Le code postal (adresse suppl\u00e9mentaire 1) n'est pas un code postal valide pour BE.",
        Refusal.of("extraAddresses[0].postalCode", Reason.INVALID_POSTAL_CODE, "BE").message(Locale.FRENCH));
    assertEquals("Le champ suppl\u00e9mentaire vip doit \u00eatre oui ou non.",
        Refusal.of("fields.vip", Reason.NOT_YES_NO).message(Locale.FRENCH));
    assertEquals("Das Zusatzfeld vip muss ja oder nein sein.",
        Refusal.of("fields.vip", Reason.NOT_YES_NO).message(Locale.GERMAN));
  }

  @Test
  void anApostropheInALabelPrintsOnce() {
    assertEquals("Ligne d'adresse 2", Messages.of(Locale.FRENCH).fieldLabel("line2"));
    assertEquals("L'IBAN est obligatoire.", Refusal.of("iban", Reason.REQUIRED).message(Locale.FRENCH));
  }

  @Test
  void aMissingListOfChoicesIsOneThingThatIsRequired() {
    assertEquals("Choice list is required.", Refusal.of("choices", Reason.REQUIRED).message(Locale.ENGLISH));
    assertEquals("Keuzelijst is verplicht.", Refusal.of("choices", Reason.REQUIRED).message(new Locale("nl")));
  }

  @Provide
  Arbitrary<String> fields() {
    List<String> names = keys(bundle("")).stream().filter(key -> key.startsWith("field."))
        .map(key -> key.substring("field.".length())).filter(name -> !name.equals("extraField"))
        .collect(Collectors.toList());
    names.add("fields.vip");
    names.add("extraAddresses[1].city");
    names.add("contactPersons[0].email");
    return Arbitraries.of(names);
  }

  @Provide
  Arbitrary<Reason> reasons() {
    return Arbitraries.of(Reason.class);
  }

  private static Set<String> keys(Properties texts) {
    return new TreeSet<>(texts.stringPropertyNames());
  }

  private static Properties bundle(String suffix) {
    String name = "/org/customerkit/core/messages" + suffix + ".properties";
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
      Properties texts = new Properties();
      texts.load(in);
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }
}
