package org.customerkit.core.domain.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.junit.jupiter.api.Test;

/** A number field takes plain amounts and counts, and nothing its sort key or a cell could not hold. */
class NumberFieldProperties {

  private static final ExtraFieldDefinition CREDIT = ExtraFieldDefinition.builder().key(FieldKey.of("credit"))
      .label("Kredietlimiet").type(ExtraFieldType.NUMBER).build();

  @Property(tries = 300)
  void anyTextIsANumberOrARefusalNeverAnException(@ForAll @StringLength(max = 40) String text) {
    Parsed<FieldValue> parsed = CREDIT.parse(text);
    if (parsed.isValid()) {
      BigDecimal value = ((FieldValue.Number) parsed.orThrow()).value();
      assertTrue(value.abs().compareTo(BigDecimal.TEN.pow(15)) < 0, text);
    }
  }

  @Property(tries = 300)
  void plainAmountsAreTaken(@ForAll long units, @ForAll("cents") int cents) {
    long bounded = units % 1_000_000_000_000_000L;
    String text = bounded + "," + String.format("%02d", Math.abs(cents));
    assertTrue(CREDIT.parse(text).isValid(), text);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Integer> cents() {
    return net.jqwik.api.Arbitraries.integers().between(0, 99);
  }

  @Test
  void hugeExponentsAreRefusedAsOutOfRange() {
    for (String text : new String[] {"1e401", "1E5", "9".repeat(16), "0.1234567"}) {
      Parsed<FieldValue> parsed = CREDIT.parse(text);
      assertEquals(Reason.OUT_OF_RANGE, parsed.refusalIfAny().orElseThrow().reason(), text);
    }
    assertEquals(Reason.NOT_A_NUMBER, CREDIT.parse("veel").refusalIfAny().orElseThrow().reason());
  }
}
