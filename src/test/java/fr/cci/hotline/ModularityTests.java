package fr.cci.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(Hotline.class);

  /** A module may use only the root packages (the API) of the modules it declares. */
  @Test
  void modulesOnlyUseTheDependenciesTheyDeclare() {
    modules.verify();
  }

  /** A new top-level package is a new module: the README's picture must say so first. */
  @Test
  void theModulesAreTheOnesTheReadmeDraws() {
    assertThat(modules.stream().map(ApplicationModule::getName))
        .containsExactlyInAnyOrder(
            "accounts",
            "advisors",
            "cases",
            "ivr",
            "routing",
            "simulator",
            "supervision",
            "support",
            "telephony",
            "workspace");
    assertThat(modules.getSharedModules())
        .extracting(ApplicationModule::getName)
        .containsExactly("support");
    assertThat(modules.stream().filter(ApplicationModule::isOpen)).isEmpty();
  }

  @Test
  void writesTheModuleDocumentation() {
    new Documenter(modules).writeDocumentation();
  }
}
