package org.customerkit.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of the hexagon inside customer-core, shared by the test that checks the real classes and the test
 * that plants violations to see them caught.
 */
final class HexagonRules {

  static final String DOMAIN = "org.customerkit.core.domain..";
  static final String VIEW = "org.customerkit.core.view..";
  static final String PORTS_IN = "org.customerkit.core.application.port.in..";
  static final String PORTS_OUT = "org.customerkit.core.application.port.out..";
  static final String APPLICATION = "org.customerkit.core.application";
  static final String INMEMORY = "org.customerkit.core.inmemory..";
  static final String WIRING = "org.customerkit.core.wiring..";
  /** Every adapter and host package: the core's own in-memory adapter and the adapter modules. */
  static final String[] ADAPTERS = {INMEMORY, "org.customerkit.persistence..", "org.customerkit.reports..",
      "org.customerkit.imports..", "org.customerkit.registry..", "org.customerkit.examples.."};

  private HexagonRules() {}

  /**
   * The domain knows the JDK, Jakarta Validation and Immutables annotations, and libphonenumber for phone
   * numbers (a pure parsing library, no framework), and nothing else: not the views, ports or adapters.
   */
  static ArchRule domainDependsOnlyOnTheJdkAndAnnotations() {
    return classes().that().resideInAPackage(DOMAIN).should().onlyDependOnClassesThat()
        .resideInAnyPackage(DOMAIN, "java..", "jakarta.validation..", "org.immutables.value..",
            "com.google.i18n.phonenumbers..", "javax.annotation..")
        .because("the domain knows no framework, port or adapter");
  }

  /** The incoming and outgoing ports never name the use-case implementations. */
  static ArchRule portsDoNotKnowTheApplication() {
    return noClasses().that().resideInAnyPackage(PORTS_IN, PORTS_OUT).should().dependOnClassesThat()
        .resideInAnyPackage(APPLICATION, WIRING).because("ports are the application's boundary, not its inside");
  }

  /** Views are queries as data over the domain; they know no ports, use cases or adapters. */
  static ArchRule viewsKnowOnlyTheDomain() {
    return noClasses().that().resideInAPackage(VIEW).should().dependOnClassesThat()
        .resideInAnyPackage("org.customerkit.core.application..", WIRING, INMEMORY);
  }

  /** Nothing but tests and hosts wire the in-memory adapters: the application does not know them. */
  static ArchRule applicationDoesNotKnowAdapters() {
    return noClasses().that().resideInAnyPackage("org.customerkit.core.application..", DOMAIN, VIEW)
        .should().dependOnClassesThat().resideInAnyPackage(INMEMORY, "org.customerkit.persistence..",
            "org.customerkit.reports..", "org.customerkit.imports..", "org.customerkit.registry..",
            "org.customerkit.examples..");
  }

  /**
   * Adapters and hosts see the incoming and outgoing ports, the domain, the view and report model and the
   * wiring; never a use-case implementation, which the wiring alone builds.
   */
  static ArchRule adaptersSeeNoUseCaseImplementation() {
    return noClasses().that().resideInAnyPackage(ADAPTERS).should().dependOnClassesThat()
        .resideInAPackage(APPLICATION).because("use cases are reached through port.in, built by the wiring");
  }

  /** The use cases are built by the wiring and never reach back into it (no service locator from there). */
  static ArchRule applicationDoesNotKnowTheWiring() {
    return noClasses().that().resideInAnyPackage("org.customerkit.core.application..", DOMAIN, VIEW)
        .should().dependOnClassesThat().resideInAPackage(WIRING)
        .because("the wiring makes the use cases, not the other way round");
  }

  static ArchRule noPackageCycles() {
    return slices().matching("org.customerkit.core.(**)").should().beFreeOfCycles();
  }
}
