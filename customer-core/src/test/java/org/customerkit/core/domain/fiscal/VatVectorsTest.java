package org.customerkit.core.domain.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of {@code vectors/vat-vectors.tsv} (numbers published as real, and the refusals python-stdnum's
 * doctests expect), each its own test. The country column is passed as the hint, since some rows carry no prefix.
 */
class VatVectorsTest {

  private static final Pattern NATIONAL_FORM = Pattern.compile("(?:validate|compact)\\(\\) -> '([^']*)'");
  private static final Pattern CANONICAL_FORM = Pattern.compile("vatin\\.validate -> '([^']*)'");
  private static final Map<String, Reason> STDNUM_EXCEPTIONS = Map.of(
      "InvalidChecksum", Reason.INVALID_CHECKSUM,
      "InvalidFormat", Reason.INVALID_FORMAT,
      "InvalidLength", Reason.INVALID_LENGTH,
      "InvalidComponent", Reason.INVALID_COMPONENT);

  record Vector(int line, String country, String number, boolean valid, String source, String note) {

    @Override
    public String toString() {
      String verdict = valid ? "valid" : "refused";
      return "line " + line + ": " + country + " \"" + number + "\" " + verdict + " (" + note + ")";
    }
  }

  static List<Vector> vectors() {
    var stream = VatVectorsTest.class.getResourceAsStream("/vectors/vat-vectors.tsv");
    Objects.requireNonNull(stream, "vectors/vat-vectors.tsv is not on the test classpath");
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      List<Vector> vectors = new ArrayList<>();
      String header = reader.readLine();
      assertEquals("country\tnumber\tvalid\tsource\tnote", header);
      String line;
      int lineNumber = 1;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        assertEquals(5, columns.length, "columns on line " + lineNumber);
        assertTrue(columns[2].equals("yes") || columns[2].equals("no"), "valid column on line " + lineNumber);
        vectors.add(new Vector(lineNumber, columns[0], columns[1], columns[2].equals("yes"), columns[3], columns[4]));
      }
      return vectors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theFileHoldsAllPublishedVectors() {
    assertEquals(275, vectors().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void givesThePublishedVerdict(Vector vector) {
    Parsed<VatNumber> parsed = VatNumber.parse(vector.number(), vector.country());

    if (vector.valid()) {
      VatNumber vat = parsed.toOptional().orElseThrow(() -> new AssertionError("refused: " + parsed));
      assertEquals(vector.country(), vat.countryCode());
      expected(NATIONAL_FORM, vector).ifPresent(national -> assertEquals(national, vat.number()));
      expected(CANONICAL_FORM, vector).ifPresent(canonical -> assertEquals(canonical, vat.canonical()));
    } else {
      Reason reason = parsed.refusalIfAny().orElseThrow(() -> new AssertionError("accepted: " + parsed)).reason();
      expectedReason(vector).ifPresent(expected -> assertEquals(expected, reason));
    }
  }

  private static Optional<String> expected(Pattern form, Vector vector) {
    Matcher m = form.matcher(vector.note());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The reason matching the python-stdnum exception the note names; an unknown prefix is ours to name. */
  private static Optional<Reason> expectedReason(Vector vector) {
    String note = vector.note();
    if (note.contains("duplicated country prefix")) {
      return Optional.of(Reason.DUPLICATED_PREFIX);
    }
    if (note.contains("InvalidComponent") && VatCountry.forCode(vector.country()).isEmpty()) {
      return Optional.of(Reason.UNKNOWN_COUNTRY);
    }
    return STDNUM_EXCEPTIONS.entrySet().stream()
        .filter(exception -> note.contains(exception.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
