package org.customerkit.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.customerkit.core.application.GeneratingReports;
import org.customerkit.core.inmemory.InMemoryStores;
import org.customerkit.reports.planted.WriterReachingTheCore;
import org.junit.jupiter.api.Test;

/**
 * The report writers' place in the hexagon: they implement the core's {@code ReportWriter} port with the domain
 * and view model, a CSV, an XLSX and a PDF library and SLF4J; never a use-case implementation or another adapter.
 */
class AdapterBoundaryTest {

  private final JavaClasses adapter = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.customerkit.reports");

  static ArchRule boundaryRule() {
    return classes().that().resideInAPackage("org.customerkit.reports..").should().onlyDependOnClassesThat()
        .resideInAnyPackage("org.customerkit.reports..", "org.customerkit.core.domain..",
            "org.customerkit.core.view..", "org.customerkit.core.report..", "org.customerkit.core.application.port..",
            "java..", "org.slf4j..", "de.siegmar.fastcsv..", "org.dhatim.fastexcel..", "org.apache.pdfbox..",
            "org.apache.fontbox..");
  }

  static ArchRule otherAdapterRule() {
    return noClasses().that().resideInAPackage("org.customerkit.reports..").should().dependOnClassesThat()
        .resideInAnyPackage("org.customerkit.persistence..", "org.customerkit.examples..",
            "org.customerkit.core.inmemory..", "org.customerkit.imports..", "org.customerkit.registry..");
  }

  @Test
  void knowsOnlyTheCoreBoundaryAndItsFormats() {
    boundaryRule().check(adapter);
  }

  @Test
  void knowsNoOtherAdapter() {
    otherAdapterRule().check(adapter);
  }

  @Test
  void aPlantedViolationOfEachRuleIsCaught() {
    JavaClasses planted = new ClassFileImporter().importClasses(WriterReachingTheCore.class,
        GeneratingReports.class, InMemoryStores.class);
    assertThrows(AssertionError.class, () -> boundaryRule().check(planted));
    assertThrows(AssertionError.class, () -> otherAdapterRule().check(planted));
  }
}
