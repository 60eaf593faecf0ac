package org.customerkit.core.domain.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;
import org.customerkit.core.domain.shared.Parsed;

class BicProperties {

  @Provide
  Arbitrary<String> bics() {
    StringArbitrary alphanumeric = Arbitraries.strings().withCharRange('A', 'Z').numeric();
    return Combinators.combine(
            Arbitraries.strings().withCharRange('A', 'Z').ofLength(4),
            Arbitraries.of(Locale.getISOCountries()),
            alphanumeric.ofLength(2),
            Arbitraries.oneOf(Arbitraries.just(""), alphanumeric.ofLength(3)))
        .as((bank, country, location, branch) -> bank + country + location + branch);
  }

  @Property
  void everyWellFormedBicIsValidAndParsesBackToItself(@ForAll("bics") String text) {
    Bic bic = Bic.of(text);
    assertEquals(text, bic.value());
    assertEquals(bic, Bic.of(bic.value()));
    assertEquals(bic, Bic.of(" " + text.substring(0, 4).toLowerCase(Locale.ROOT) + " " + text.substring(4)));
    assertEquals(text.substring(0, 8), bic.bank8());
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(20),
        Arbitraries.strings().withChars("BEGKCbe019X -").ofMaxLength(14),
        Combinators.combine(bics(), Arbitraries.strings().all().ofMaxLength(2)).as(String::concat));
  }

  @Property
  void anyTextIsEitherABicOrARefusal(@ForAll("anyText") String text) {
    Parsed<Bic> parsed = Bic.parse(text);
    if (parsed instanceof Parsed.Valid<Bic> valid) {
      assertEquals(valid.value(), Bic.of(valid.value().value()));
    } else {
      assertEquals("bic", parsed.refusalIfAny().orElseThrow().field());
    }
  }
}
