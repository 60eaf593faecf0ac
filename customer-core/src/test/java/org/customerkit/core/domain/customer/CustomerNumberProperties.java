package org.customerkit.core.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.customerkit.core.domain.shared.Parsed;

/** What a customer number may look like, against the rule written as a regular expression. */
class CustomerNumberProperties {

  private static final Pattern RULE = Pattern.compile("[A-Za-z0-9._/#-]{1,20}");

  @Property(tries = 2000)
  void aNumberIsAcceptedExactlyWhenItsTrimmedTextFitsTheRule(@ForAll("texts") String text) {
    Parsed<CustomerNumber> parsed = CustomerNumber.parse(text);
    boolean fits = !text.isBlank() && RULE.matcher(text.strip()).matches();
    assertEquals(fits, parsed instanceof Parsed.Valid<CustomerNumber>, () -> "'" + text + "'");
    if (fits) {
      assertEquals(text.strip(), parsed.orThrow().value());
      assertEquals(parsed.orThrow(), new CustomerNumber(text.strip()));
    }
  }

  @Property
  void theSortKeyOrdersDigitRunsByValue(@ForAll("counts") int a, @ForAll("counts") int b) {
    CustomerNumber x = CustomerNumber.of("K" + a);
    CustomerNumber y = CustomerNumber.of("K" + b);
    assertTrue(Integer.signum(x.sortKey().compareTo(y.sortKey())) == Integer.signum(Integer.compare(a, b)));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> shaped = Arbitraries.strings().withChars("AZaz09._/#-").withCharRange('a', 'z')
        .withCharRange('0', '9').ofMinLength(0).ofMaxLength(24);
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(24);
    Arbitrary<String> padded = shaped.map(s -> " " + s + "\t");
    Arbitrary<String> oneOff = shaped.filter(s -> !s.isEmpty()).flatMap(s -> Arbitraries.of('é', ' ', '+', ':', '\u0000')
        .map(c -> s.substring(0, s.length() / 2) + c + s.substring(s.length() / 2)));
    return Arbitraries.oneOf(shaped, anything, padded, oneOff);
  }

  @Provide
  Arbitrary<Integer> counts() {
    return Arbitraries.integers().between(0, 1_000_000);
  }
}
