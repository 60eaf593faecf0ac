package org.customerkit.persistence.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The JDBC adapter's place in the hexagon: it knows the core's ports and domain, java.sql and SLF4J (Flyway
 * only as an option), never another adapter, never the use-case implementations, and no framework.
 */
class AdapterBoundaryTest {

  private final JavaClasses adapter = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.customerkit.persistence");

  @Test
  void knowsOnlyTheCoreTheJdkAndSlf4j() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage("org.customerkit.persistence..",
        "org.customerkit.core.domain..", "org.customerkit.core.view..", "org.customerkit.core.application.port..",
        "org.customerkit.core.application", "java..", "javax.sql..", "org.slf4j..", "org.flywaydb..")
        .check(adapter);
  }

  @Test
  void knowsNoOtherAdapter() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.customerkit.reports..",
        "org.customerkit.examples..", "org.customerkit.core.inmemory..", "org.customerkit.imports..",
        "org.customerkit.registry..").check(adapter);
  }
}
