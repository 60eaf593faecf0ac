package org.customerkit.core.domain.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.customerkit.core.domain.shared.Parsed;

class EmailAddressProperties {

  @Provide
  Arbitrary<String> typedAddresses() {
    Arbitrary<String> word = Arbitraries.strings().alpha().numeric().withChars("+_'-").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> local = word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(".", words));
    Arbitrary<String> label = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> domain = Combinators.combine(label.list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of("be", "BE", "nl", "com", "Vlaanderen"))
        .as((labels, tld) -> String.join(".", labels) + "." + tld);
    Arbitrary<String> padding = Arbitraries.of("", " ", "\t", "  ");
    return Combinators.combine(padding, local, domain, padding)
        .as((before, l, d, after) -> before + l + "@" + d + after);
  }

  @Property
  void typedAddressesAreValidWithTheDomainInLowerCase(@ForAll("typedAddresses") String typed) {
    EmailAddress email = EmailAddress.of(typed);
    String trimmed = typed.strip();
    String domain = trimmed.substring(trimmed.indexOf('@') + 1);
    assertEquals(domain.toLowerCase(Locale.ROOT), email.domain());
    assertEquals(trimmed.substring(0, trimmed.indexOf('@')), email.localPart());
  }

  @Property
  void normalisingIsIdempotent(@ForAll("typedAddresses") String typed) {
    EmailAddress email = EmailAddress.of(typed);
    assertEquals(email, EmailAddress.of(email.value()));
    assertEquals(email.value(), EmailAddress.of(email.value()).value());
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.strings().withChars("aZ0.@-_+ \"()[]é").ofMaxLength(30),
        Arbitraries.strings().withChars("a.@-").ofMaxLength(300),
        Combinators.combine(typedAddresses(), Arbitraries.strings().all().ofMaxLength(2)).as(String::concat));
  }

  @Property
  void anyTextIsEitherAnAddressOrARefusal(@ForAll("anyText") String text) {
    Parsed<EmailAddress> parsed = EmailAddress.parse(text);
    if (parsed instanceof Parsed.Valid<EmailAddress> valid) {
      assertEquals(valid.value(), EmailAddress.of(valid.value().value()));
    } else {
      assertEquals("email", parsed.refusalIfAny().orElseThrow().field());
    }
  }
}
