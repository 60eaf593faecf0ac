package org.customerkit.core.domain.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.customerkit.core.domain.shared.Parsed;

@Domain(FiscalDomain.class)
@Domain(DomainContext.Global.class)
class EnterpriseNumberProperties {

  @Property
  void anEnterpriseNumberAndItsVatNumberConvertBothWays(@ForAll EnterpriseNumber enterprise) {
    VatNumber vat = enterprise.toVatNumber();

    assertTrue(vat.isBelgian());
    assertEquals("BE" + enterprise.digits(), vat.canonical());
    assertEquals(Optional.of(enterprise), vat.enterpriseNumber());
    assertEquals(enterprise, EnterpriseNumber.fromVatNumber(vat));
    assertEquals(enterprise, EnterpriseNumber.parse(vat.canonical()).orThrow());
    assertEquals(enterprise, EnterpriseNumber.parse(vat.display()).orThrow());
    assertEquals(vat, VatNumber.parse(enterprise.digits()).orThrow());
    assertEquals(vat, VatNumber.parse(enterprise.display()).orThrow());
  }

  @Property
  void everyWrittenFormGivesTheSameNumber(@ForAll EnterpriseNumber enterprise) {
    assertEquals(enterprise, EnterpriseNumber.parse(enterprise.display()).orThrow());
    assertEquals(enterprise, EnterpriseNumber.parse(enterprise.digits()).orThrow());
    assertEquals(enterprise, EnterpriseNumber.parse(" be " + enterprise.display() + " ").orThrow());
    if (enterprise.digits().startsWith("0")) {
      String legacy = enterprise.digits().substring(1);
      assertEquals(enterprise, EnterpriseNumber.parse(legacy).orThrow());
      assertEquals(enterprise, EnterpriseNumber.parse("(0)" + legacy).orThrow());
    }
  }

  @Property
  void anyTextIsEitherRefusedOrAValidNumber(@ForAll String text) {
    Parsed<EnterpriseNumber> parsed = EnterpriseNumber.parse(text);
    if (parsed instanceof Parsed.Valid<EnterpriseNumber> valid) {
      assertEquals(valid.value(), EnterpriseNumber.parse(valid.value().digits()).orThrow());
    } else {
      assertEquals("enterpriseNumber", parsed.refusalIfAny().orElseThrow().field());
    }
  }
}
