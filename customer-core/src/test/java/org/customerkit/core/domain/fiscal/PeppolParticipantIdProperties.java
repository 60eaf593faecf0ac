package org.customerkit.core.domain.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.customerkit.core.domain.shared.Parsed;

@Domain(FiscalDomain.class)
@Domain(DomainContext.Global.class)
class PeppolParticipantIdProperties {

  @Property
  void valuesAreComparedWithoutRegardToCase(@ForAll("otherSchemes") String scheme, @ForAll("values") String value) {
    PeppolParticipantId typed = PeppolParticipantId.of(scheme + ":" + value);
    PeppolParticipantId upper = PeppolParticipantId.of(scheme + ":" + value.toUpperCase(Locale.ROOT));
    PeppolParticipantId lower = PeppolParticipantId.of(scheme + ":" + value.toLowerCase(Locale.ROOT));

    assertEquals(typed, upper);
    assertEquals(typed, lower);
    assertEquals(typed.hashCode(), upper.hashCode());
    assertEquals(typed.hashCode(), lower.hashCode());
  }

  @Property
  void theWrittenFormsParseBackToTheSameId(@ForAll PeppolParticipantId id) {
    assertEquals(id, PeppolParticipantId.parse(id.toString()).orThrow());
    assertEquals(id, PeppolParticipantId.parse(id.withPrefix()).orThrow());
    assertEquals(id, PeppolParticipantId.parse(id.withPrefix().toUpperCase(Locale.ROOT)).orThrow());
  }

  @Property
  void theEnterpriseIdLeadsBackToTheEnterprise(@ForAll EnterpriseNumber enterprise) {
    PeppolParticipantId id = PeppolParticipantId.forEnterprise(enterprise);

    assertEquals("0208", id.scheme());
    assertEquals(enterprise.digits(), id.value());
    assertEquals(Optional.of(enterprise), id.enterpriseNumber());
    assertEquals(id, PeppolParticipantId.parse(id.toString()).orThrow());
    assertEquals(Optional.of(enterprise), PeppolParticipantId.of("9925:be" + enterprise.digits()).enterpriseNumber());
  }

  @Property
  void anyTextIsEitherRefusedOrAValidId(@ForAll String text) {
    Parsed<PeppolParticipantId> parsed = PeppolParticipantId.parse(text);
    if (parsed instanceof Parsed.Valid<PeppolParticipantId> valid) {
      assertEquals(valid.value(), PeppolParticipantId.parse(valid.value().withPrefix()).orThrow());
    } else {
      assertEquals("peppolId", parsed.refusalIfAny().orElseThrow().field());
    }
  }

  @Provide
  Arbitrary<String> otherSchemes() {
    return FiscalDomain.otherSchemes();
  }

  @Provide
  Arbitrary<String> values() {
    return FiscalDomain.peppolValues();
  }
}
