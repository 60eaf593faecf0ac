package org.customerkit.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon of customer-core, checked on its production classes. */
class HexagonTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.customerkit.core");
  }

  @Test
  void domainDependsOnlyOnTheJdkAndAnnotations() {
    HexagonRules.domainDependsOnlyOnTheJdkAndAnnotations().check(core);
  }

  @Test
  void portsDoNotKnowTheApplication() {
    HexagonRules.portsDoNotKnowTheApplication().check(core);
  }

  @Test
  void viewsKnowOnlyTheDomain() {
    HexagonRules.viewsKnowOnlyTheDomain().check(core);
  }

  @Test
  void applicationDoesNotKnowAdapters() {
    HexagonRules.applicationDoesNotKnowAdapters().check(core);
  }

  @Test
  void adaptersSeeNoUseCaseImplementation() {
    HexagonRules.adaptersSeeNoUseCaseImplementation().check(core);
  }

  @Test
  void applicationDoesNotKnowTheWiring() {
    HexagonRules.applicationDoesNotKnowTheWiring().check(core);
  }

  @Test
  void packagesHaveNoCycles() {
    HexagonRules.noPackageCycles().check(core);
  }
}
