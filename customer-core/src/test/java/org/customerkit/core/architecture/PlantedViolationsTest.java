package org.customerkit.core.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.customerkit.core.application.CustomerModule;
import org.customerkit.core.application.port.out.planted.PortNamingAUseCase;
import org.customerkit.core.domain.planted.DomainClassUsingAnAdapter;
import org.customerkit.core.inmemory.InMemoryStores;
import org.junit.jupiter.api.Test;

/** The rules catch what they are meant to: classes planted in the test tree break them on purpose. */
class PlantedViolationsTest {

  @Test
  void aDomainClassUsingAnAdapterIsCaught() {
    JavaClasses planted = new ClassFileImporter().importClasses(DomainClassUsingAnAdapter.class,
        InMemoryStores.class);
    assertThrows(AssertionError.class,
        () -> HexagonRules.domainDependsOnlyOnTheJdkAndAnnotations().check(planted));
    assertThrows(AssertionError.class, () -> HexagonRules.applicationDoesNotKnowAdapters().check(planted));
  }

  @Test
  void aPortNamingTheApplicationIsCaught() {
    JavaClasses planted = new ClassFileImporter().importClasses(PortNamingAUseCase.class, CustomerModule.class);
    assertThrows(AssertionError.class, () -> HexagonRules.portsDoNotKnowTheApplication().check(planted));
  }
}
