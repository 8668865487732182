package fr.cci.hotline.advisors.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cci.hotline.Hotline;
import fr.cci.hotline.InvalidSetting;
import fr.cci.hotline.advisors.AdvisorsSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

@ExtendWith(OutputCaptureExtension.class)
class SeedFileTests {

  /** The chamber map shipped in application.yml. */
  private static final AdvisorsSettings NORMANDY =
      new AdvisorsSettings(
          Map.of(
              "caen", "CCI Caen Normandie",
              "seine-estuaire", "CCI Seine Estuaire",
              "portes-normandie", "CCI Portes de Normandie",
              "ouest-normandie", "CCI Ouest Normandie",
              "rouen", "CCI Rouen Métropole",
              "normandie", "CCI Normandie"),
          Map.of(
              "14", List.of("caen", "seine-estuaire"),
              "27", List.of("portes-normandie"),
              "50", List.of("ouest-normandie"),
              "61", List.of("portes-normandie"),
              "76", List.of("rouen", "seine-estuaire")),
          "classpath:advisors/seed.yml",
          Duration.ofSeconds(30),
          2);

  @Test
  void theShippedSeedHasTenAdvisorsOverEveryChamberServingTheirOwnDepartements() {
    List<AdvisorDescription> advisors =
        new SeedFile(new ClassPathResource("advisors/seed.yml"), "classpath:advisors/seed.yml")
            .read(NORMANDY);

    assertThat(advisors).hasSize(10);
    assertThat(advisors).extracting(AdvisorDescription::id).doesNotHaveDuplicates();
    assertThat(advisors.stream().map(AdvisorDescription::chamber).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(NORMANDY.chambers().keySet());
    assertThat(advisors).anyMatch(advisor -> advisor.phone().endsWith("@operator"));
    for (AdvisorDescription advisor : advisors) {
      if (!advisor.chamber().equals("normandie")) {
        assertThat(advisor.departments())
            .as(advisor.id() + " serves départements of its chamber")
            .allMatch(
                department -> NORMANDY.departments().get(department).contains(advisor.chamber()));
      }
    }
  }

  @Test
  void anUnknownChamberIsNamedWithTheEntryAtFault() {
    assertThat(
            failure(
                """
        advisors:
          - {id: adv101, name: Claire, chamber: caen, phone: PJSIP/adv101, departments: ["14"]}
          - {id: adv102, name: Thomas, chamber: cherbourg, phone: PJSIP/adv102, departments: ["50"]}
        """))
        .isEqualTo(
            "advisors/test.yml[1].chamber = cherbourg: unknown chamber (not in"
                + " hotline.advisors.chambers)");
  }

  @Test
  void anUnknownDepartementIsNamedWithTheEntryAtFault() {
    assertThat(
            failure(
                """
        advisors:
          - {id: adv101, name: Claire, chamber: caen, phone: PJSIP/adv101, departments: ["14", "75"]}
        """))
        .isEqualTo(
            "advisors/test.yml[0].departments = 75: unknown département (not in"
                + " hotline.advisors.departments)");
  }

  @Test
  void aDuplicateIdIsNamedAtItsSecondOccurrence() {
    assertThat(
            failure(
                """
        advisors:
          - {id: adv101, name: Claire, chamber: caen, phone: PJSIP/adv101, departments: ["14"]}
          - {id: adv102, name: Thomas, chamber: caen, phone: PJSIP/adv102, departments: ["14"]}
          - {id: adv101, name: Sophie, chamber: rouen, phone: PJSIP/adv103, departments: ["76"]}
        """))
        .isEqualTo("advisors/test.yml[2].id = adv101: duplicate id");
  }

  @Test
  void oneUserAccountCannotSignInAsTwoAdvisors() {
    assertThat(
            failure(
                """
        advisors:
          - {id: adv101, name: Claire, chamber: caen, phone: PJSIP/adv101, departments: ["14"], username: claire}
          - {id: adv102, name: Thomas, chamber: caen, phone: PJSIP/adv102, departments: ["14"], username: claire}
        """))
        .isEqualTo(
            "advisors/test.yml[1].username = claire: username already given to another advisor");
  }

  @Test
  void aPhoneThatIsNotADialStringIsRefused() {
    assertThat(
            failure(
                """
        advisors:
          - {id: adv101, name: Claire, chamber: caen, phone: "06 12 34 56 78", departments: ["14"]}
        """))
        .startsWith("advisors/test.yml[0].phone = 06 12 34 56 78: not a dial string");
  }

  @Test
  void aBadSeedStopsStartUpWithOneLineNamingTheEntry(CapturedOutput output) {
    SpringApplication application = new SpringApplication(Hotline.class);
    application.setAdditionalProfiles("test");

    assertThatThrownBy(
            () ->
                application.run(
                    "--hotline.advisors.seed=classpath:advisors/unknown-chamber-seed.yml"))
        .isInstanceOf(Exception.class);

    assertThat(output)
        .contains(
            "Invalid setting advisors/unknown-chamber-seed.yml[1].chamber = cherbourg: unknown"
                + " chamber (not in hotline.advisors.chambers)");
  }

  private static String failure(String yaml) {
    SeedFile seed =
        new SeedFile(
            new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)), "advisors/test.yml");
    Throwable thrown = null;
    try {
      seed.read(NORMANDY);
    } catch (BindException failure) {
      thrown = failure;
    }
    assertThat(thrown).as("the seed is refused while binding").isNotNull();
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidSetting invalid) {
        return invalid.getMessage();
      }
    }
    throw new AssertionError("no InvalidSetting in " + thrown);
  }
}
