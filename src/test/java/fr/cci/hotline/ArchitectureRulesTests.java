package fr.cci.hotline;

import static com.tngtech.archunit.core.domain.JavaModifier.FINAL;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.core.domain.JavaModifier.STATIC;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

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
          .because("telephony is the only bridge to Asterisk (README, Architecture)");

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
          .because("selection rules are plain Java, testable without a container");

  /** A package below a module's root: the module's inside, which Spring Modulith keeps private. */
  private static final DescribedPredicate<JavaClass> INSIDE_A_MODULE =
      DescribedPredicate.describe(
          "reside inside a module (below its root package)",
          type -> type.getPackageName().matches("fr\\.cci\\.hotline\\.[a-z]+\\..+"));

  /**
   * Asterisk-Java builds its actions' wire form and its events from getters, setters and a public
   * constructor by reflection: the classes it reads must be public whoever else uses them.
   */
  private static final DescribedPredicate<JavaClass> READ_BY_ASTERISK_JAVA =
      DescribedPredicate.describe(
          "extend an Asterisk-Java action or event",
          type ->
              type.isAssignableTo("org.asteriskjava.manager.action.ManagerAction")
                  || type.isAssignableTo("org.asteriskjava.manager.event.ManagerEvent"));

  /**
   * The compiler copies a constant into the classes that read it ({@code AdvisorFormats.ID} in an
   * annotation, say), so the bytecode never shows that use; such a type is checked by compiling.
   */
  private static final DescribedPredicate<JavaClass> HOLD_PUBLIC_CONSTANTS =
      DescribedPredicate.describe(
          "hold public constants",
          type ->
              type.getFields().stream()
                  .anyMatch(
                      field ->
                          field.getModifiers().containsAll(Set.of(PUBLIC, STATIC, FINAL))
                              && (field.getRawType().isPrimitive()
                                  || field.getRawType().isEquivalentTo(String.class))));

  private static final ArchCondition<JavaClass> BE_USED_FROM_ANOTHER_PACKAGE =
      new ArchCondition<>("be used by production code of another package") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
          boolean usedElsewhere =
              type.getDirectDependenciesToSelf().stream()
                  .map(Dependency::getOriginClass)
                  .anyMatch(origin -> !origin.getPackageName().equals(type.getPackageName()));
          if (!usedElsewhere) {
            events.add(
                SimpleConditionEvent.violated(
                    type,
                    type.getName()
                        + " is public but no production class outside its package uses it:"
                        + " make it package-private and test it from its own package"));
          }
        }
      };

  @ArchTest
  static final ArchRule no_type_inside_a_module_is_public_only_for_tests =
      classes()
          .that()
          .arePublic()
          .and()
          .areTopLevelClasses()
          .and(INSIDE_A_MODULE)
          .and(DescribedPredicate.not(READ_BY_ASTERISK_JAVA))
          .and(DescribedPredicate.not(HOLD_PUBLIC_CONSTANTS))
          .should(BE_USED_FROM_ANOTHER_PACKAGE)
          .because("tests reach a module's inside from its own package or through its API");
}
