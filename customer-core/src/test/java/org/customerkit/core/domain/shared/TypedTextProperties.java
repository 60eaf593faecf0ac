package org.customerkit.core.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What a user may type into free text, and the form it is kept in. */
class TypedTextProperties {

  @Property
  void aLineIsNormalisedTrimmedAndStable(@ForAll("texts") String text) {
    String line = TypedText.line(text);

    assertTrue(Normalizer.isNormalized(line, Normalizer.Form.NFC), line);
    assertEquals(line.strip(), line);
    assertFalse(line.contains("\n") || line.contains("\t") || line.contains("  "), line);
    assertEquals(line, TypedText.line(line));
  }

  @Property
  void linesKeepTheirBreaksAndAreStable(@ForAll("texts") String text) {
    String lines = TypedText.lines(text);

    assertTrue(Normalizer.isNormalized(lines, Normalizer.Form.NFC), lines);
    assertEquals(lines, TypedText.lines(lines));
    assertEquals(text.strip().chars().filter(c -> c == '\n').count(), lines.chars().filter(c -> c == '\n').count());
  }

  /** Refused exactly when a code point is a control character (bar tab and line breaks in lines) or a surrogate. */
  @Property
  void refusedExactlyForControlCharactersAndLoneSurrogates(@ForAll("texts") String text,
      @ForAll boolean linesAllowed) {
    boolean control = text.codePoints().anyMatch(cp -> Character.isISOControl(cp)
        && !(linesAllowed && (cp == '\t' || cp == '\n' || cp == '\r')));
    boolean lone = text.codePoints().anyMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);

    Optional<Refusal> refusal = TypedText.refusal("city", text, linesAllowed);

    assertEquals(control || lone, refusal.isPresent(), () -> text.codePoints()
        .mapToObj(cp -> String.format("U+%04X", cp)).toList().toString());
    refusal.ifPresent(r -> {
      assertEquals("city", r.field());
      assertTrue(r.reason() == Reason.CONTROL_CHARACTER || r.reason() == Reason.BROKEN_CHARACTER);
    });
  }

  @Example
  void aCombiningAccentAsMacOsPastesItBecomesOneCharacter() {
    assertEquals("\u00C9mile", TypedText.line("E\u0301mile"));
    assertEquals("\u00C9mile", TypedText.lines(" E\u0301mile\n"));
  }

  @Example
  void theRefusalsNameTheFieldAndTheCharacterInEveryLanguage() {
    Refusal nul = TypedText.refusal("firstName", "Jan\u0000", false).orElseThrow();
    Refusal half = TypedText.refusal("extraAddresses[0].street", "Kerk\uD83Dstraat", false).orElseThrow();

    assertEquals("First name contains a control character (U+0000) that cannot be saved; remove it.",
        nul.message(Locale.ENGLISH));
    assertEquals("Voornaam bevat een stuurteken (U+0000) dat niet bewaard kan worden; verwijder het.",
        nul.message(Locale.forLanguageTag("nl")));
    assertEquals("Le pr\u00e9nom contient un caract\u00e8re de contr\u00f4le (U+0000) qui ne peut pas \u00eatre"
        + " enregistr\u00e9 ; supprimez-le.", nul.message(Locale.FRENCH));
    assertEquals("Der Vorname enth\u00e4lt ein Steuerzeichen (U+0000), das nicht gespeichert werden kann; entfernen"
        + " Sie es.", nul.message(Locale.GERMAN));
    assertEquals("Street (extra address 1) contains a broken character (U+D83D: half of a character that lost its"
        + " other half); type it again.", half.message(Locale.ENGLISH));
    for (String language : new String[] {"nl", "fr", "de"}) {
      String message = half.message(Locale.forLanguageTag(language));
      assertTrue(message.contains("U+D83D") && !message.contains("reason."), message);
    }
  }

  @Example
  void tabsAndLineBreaksPassOnlyWhereLinesAreAllowed() {
    assertEquals(Optional.empty(), TypedText.refusal("extraInfo", "eerste\r\n\tregel", true));
    assertEquals(Reason.CONTROL_CHARACTER, TypedText.refusal("city", "Gent\n", false).orElseThrow().reason());
    assertEquals(Optional.empty(), TypedText.refusal("city", "\uD83D\uDE00 ok", false));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> special = Arbitraries.of("\u0000", "\t", "\n", "\r", "\u001F", "\u007F", "\u0085",
        "\u0301", "E\u0301", "\u200B", "\u202E", "\uD83D", "\uDE00", "\uD83D\uDE00", "  ", "\u00A0", "\uFDFA");
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(4);
    return Arbitraries.oneOf(special, any).list().ofMaxSize(10).map(parts -> String.join("", parts));
  }
}
