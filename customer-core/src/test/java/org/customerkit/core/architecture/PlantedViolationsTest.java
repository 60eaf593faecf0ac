package org.customerkit.core.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.customerkit.core.wiring.CustomerModule;
import org.customerkit.core.application.port.out.planted.PortNamingAUseCase;
import org.customerkit.core.domain.planted.DomainClassUsingAnAdapter;
import org.customerkit.core.inmemory.InMemoryStores;
import org.customerkit.core.application.ListingCustomers;
import org.customerkit.core.application.ViewResolver;
import org.customerkit.core.application.planted.UseCaseReachingTheWiring;
import org.customerkit.core.inmemory.planted.AdapterCallingAUseCase;
import org.customerkit.core.planted.first.First;
import org.customerkit.core.planted.second.Second;
import org.customerkit.core.view.planted.ViewUsingAUseCase;
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

  @Test
  void anAdapterReachingAUseCaseImplementationIsCaught() {
    JavaClasses planted = new ClassFileImporter().importClasses(AdapterCallingAUseCase.class,
        ListingCustomers.class);
    assertThrows(AssertionError.class, () -> HexagonRules.adaptersSeeNoUseCaseImplementation().check(planted));
  }

  @Test
  void aUseCaseReachingTheWiringIsCaught() {
    JavaClasses planted = new ClassFileImporter().importClasses(UseCaseReachingTheWiring.class,
        CustomerModule.class);
    assertThrows(AssertionError.class, () -> HexagonRules.applicationDoesNotKnowTheWiring().check(planted));
  }

  @Test
  void aViewKnowingAUseCaseIsCaught() {
    JavaClasses planted = new ClassFileImporter().importClasses(ViewUsingAUseCase.class, ViewResolver.class);
    assertThrows(AssertionError.class, () -> HexagonRules.viewsKnowOnlyTheDomain().check(planted));
  }

  @Test
  void aPackageCycleIsCaught() {
    JavaClasses planted = new ClassFileImporter().importClasses(First.class, Second.class);
    assertThrows(AssertionError.class, () -> HexagonRules.noPackageCycles().check(planted));
  }
}
