package fr.cci.hotline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "fr.cci.hotline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTests {

  @ArchTest
  static final ArchRule only_telephony_talks_to_asterisk_java =
      noClasses()
          .that()
          .resideOutsideOfPackage("fr.cci.hotline.telephony..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.asteriskjava..")
          .because("telephony is the only bridge to Asterisk (DESIGN §3)");

  @ArchTest
  static final ArchRule the_simulator_is_the_other_side_of_the_wire =
      noClasses()
          .that()
          .resideInAPackage("fr.cci.hotline.simulator..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.asteriskjava..",
              "fr.cci.hotline.telephony..",
              "fr.cci.hotline.advisors..",
              "fr.cci.hotline.routing..",
              "fr.cci.hotline.ivr..",
              "fr.cci.hotline.cases..",
              "fr.cci.hotline.supervision..",
              "fr.cci.hotline.accounts..",
              "fr.cci.hotline.support..")
          .because("the simulator stands for Asterisk and must not share code with the service");

  @ArchTest
  static final ArchRule nobody_depends_on_the_simulator =
      noClasses()
          .that()
          .resideOutsideOfPackage("fr.cci.hotline.simulator..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("fr.cci.hotline.simulator..")
          .because("the service must work the same against a real Asterisk");

  @ArchTest
  static final ArchRule the_selection_policy_is_plain_java =
      noClasses()
          .that()
          .resideInAPackage("fr.cci.hotline.routing.policy..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..", "jakarta.persistence..", "org.asteriskjava..")
          .because("selection rules are plain Java, testable without a container (DESIGN §3)");
}
