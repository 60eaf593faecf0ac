package org.customerkit.core.domain.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.domain.shared.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published Belgian IBANs of {@code /vectors/be-iban-vectors.tsv}, one test case per row. */
class BelgianIbanVectorsTest {

  record Vector(String iban, boolean valid, String source, String note) {

    Optional<String> expectedBic() {
      return note.startsWith("BIC ") ? Optional.of(note.substring(4).replace(" ", "")) : Optional.empty();
    }

    @Override
    public String toString() {
      return iban + (valid ? " valid" : " invalid") + (note.isEmpty() ? "" : " (" + note + ")");
    }
  }

  static List<Vector> vectors() throws IOException {
    List<Vector> vectors = new ArrayList<>();
    try (InputStream in = BelgianIbanVectorsTest.class.getResourceAsStream("/vectors/be-iban-vectors.tsv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        vectors.add(new Vector(columns[0], columns[1].equals("yes"), columns[2],
            columns.length > 3 ? columns[3].strip() : ""));
      }
    }
    return vectors;
  }

  @Test
  void theFileHoldsThePublishedVectors() throws IOException {
    assertTrue(vectors().size() >= 46, "rows: " + vectors().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void eachVectorGetsItsPublishedVerdict(Vector vector) {
    Parsed<Iban> parsed = Iban.parse(vector.iban());
    if (!vector.valid()) {
      assertFalse(parsed.isValid(), vector.iban() + " should be refused");
      return;
    }
    assertTrue(parsed.isValid(), () -> vector.iban() + " refused: " + parsed.refusalIfAny().orElseThrow());
    Iban iban = parsed.orThrow();
    assertEquals(vector.iban().replaceAll("[ -]", ""), iban.canonical());
    vector.expectedBic().ifPresent(bic -> assertEquals(Optional.of(Bic.of(bic)), iban.bic()));
  }
}
