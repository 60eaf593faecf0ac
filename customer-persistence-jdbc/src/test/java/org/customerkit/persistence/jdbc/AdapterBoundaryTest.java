package org.customerkit.persistence.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.customerkit.core.application.ListingCustomers;
import org.customerkit.core.inmemory.InMemoryStores;
import org.customerkit.persistence.jdbc.planted.StoreReachingTheCore;
import org.junit.jupiter.api.Test;

/**
 * The JDBC adapter's place in the hexagon: it knows the core's ports, domain, view model and wiring, java.sql
 * and SLF4J (Flyway only as an option), never a use-case implementation, never another adapter, no framework.
 */
class AdapterBoundaryTest {

  private final JavaClasses adapter = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.customerkit.persistence");

  static ArchRule boundaryRule() {
    return classes().that().resideInAPackage("org.customerkit.persistence..").should().onlyDependOnClassesThat()
        .resideInAnyPackage("org.customerkit.persistence..", "org.customerkit.core.domain..",
            "org.customerkit.core.view..", "org.customerkit.core.application.port..",
            "org.customerkit.core.wiring..", "java..", "javax.sql..", "org.slf4j..", "org.flywaydb..");
  }

  static ArchRule otherAdapterRule() {
    return noClasses().that().resideInAPackage("org.customerkit.persistence..").should().dependOnClassesThat()
        .resideInAnyPackage("org.customerkit.reports..", "org.customerkit.examples..",
            "org.customerkit.core.inmemory..", "org.customerkit.imports..", "org.customerkit.registry..");
  }

  @Test
  void knowsOnlyTheCoreBoundaryTheJdkAndSlf4j() {
    boundaryRule().check(adapter);
  }

  @Test
  void knowsNoOtherAdapter() {
    otherAdapterRule().check(adapter);
  }

  @Test
  void aPlantedViolationOfEachRuleIsCaught() {
    JavaClasses planted = new ClassFileImporter().importClasses(StoreReachingTheCore.class,
        ListingCustomers.class, InMemoryStores.class);
    assertThrows(AssertionError.class, () -> boundaryRule().check(planted));
    assertThrows(AssertionError.class, () -> otherAdapterRule().check(planted));
  }
}
