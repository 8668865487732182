package fr.cci.hotline.ivr.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cci.hotline.InvalidSetting;
import fr.cci.hotline.ivr.IvrSettings;
import fr.cci.hotline.testing.MenuKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

class MenuTests {

  @Test
  void theShippedMenuLoadsWithItsTopicsAndTimeouts() {
    Menu menu = load("classpath:ivr/menu.yml");

    assertThat(menu.repeatKey()).isEqualTo("*");
    assertThat(menu.topic().choices())
        .containsEntry("1", "tresorerie")
        .containsEntry("2", "activite-partielle")
        .containsEntry("3", "fonds-solidarite")
        .containsEntry("4", "autre");
    assertThat(menu.topic().attempts()).isEqualTo(3);
    assertThat(menu.location().timeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void theKeysTestsPressMeanInTheShippedMenuWhatTheirNamesSay() {
    Menu menu = load("classpath:ivr/menu.yml");

    assertThat(menu.topic().choices())
        .containsEntry(MenuKeys.TRESORERIE, "tresorerie")
        .containsEntry(MenuKeys.ACTIVITE_PARTIELLE, "activite-partielle")
        .containsEntry(MenuKeys.FONDS_SOLIDARITE, "fonds-solidarite")
        .containsEntry(MenuKeys.AUTRE_SUJET, "autre")
        .doesNotContainKey(MenuKeys.NOT_A_TOPIC);
    assertThat(menu.repeatKey()).isEqualTo(MenuKeys.REPEAT);
    assertThat(menu.closed().callbackKey()).isEqualTo(MenuKeys.CALL_ME_BACK);
    assertThat(Location.parse(MenuKeys.CALVADOS.replace("#", "")))
        .contains(new Location("14", null));
    assertThat(Location.parse(MenuKeys.NOT_A_DEPARTEMENT.replace("#", ""))).isEmpty();
  }

  @Test
  void everyPromptOfTheMenuHasAFrenchTextAndASoundFile() throws IOException {
    Properties texts = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/prompts/ivr_fr.properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    for (String prompt : load("classpath:ivr/menu.yml").prompts()) {
      assertThat(texts).as("text of %s", prompt).containsKey(prompt);
      assertThat(Path.of("asterisk-config/sounds", prompt + ".wav"))
          .as("sound of %s", prompt)
          .isRegularFile();
    }
  }

  @Test
  void aMistakeInTheMenuStopsStartUpNamingTheEntry(@TempDir Path folder) throws IOException {
    Path menu = folder.resolve("menu.yml");
    String shipped =
        new String(
            getClass().getResourceAsStream("/ivr/menu.yml").readAllBytes(), StandardCharsets.UTF_8);
    Files.writeString(
        menu,
        shipped.replace(
            "attempts: 3\n    no-input: no-input\n    invalid: invalid-choice",
            "attempts: 0\n    no-input: no-input\n    invalid: invalid-choice"));

    assertThatThrownBy(() -> load("file:" + menu))
        .isInstanceOf(InvalidSetting.class)
        .hasMessage("ivr/menu.yml: menu.topic.attempts = 0: between 1 and 5");
  }

  @Test
  void aDefaultTopicThatIsNotAChoiceIsRefused(@TempDir Path folder) throws IOException {
    Path menu = folder.resolve("menu.yml");
    String shipped =
        new String(
            getClass().getResourceAsStream("/ivr/menu.yml").readAllBytes(), StandardCharsets.UTF_8);
    Files.writeString(menu, shipped.replace("otherwise: autre", "otherwise: divers"));

    assertThatThrownBy(() -> load("file:" + menu))
        .hasMessage(
            "ivr/menu.yml: menu.topic.otherwise = divers: must be one of the choices' topics");
  }

  private static Menu load(String location) {
    IvrSettings settings =
        new IvrSettings(
            location, ZoneId.of("Europe/Paris"), List.of("MON-FRI 09:00-17:00"), List.of(), true);
    return MenuLoader.read(settings, new DefaultResourceLoader());
  }

  @Test
  void aFastAgiReplyTimeoutShorterThanAQuestionIsRefusedAtStartUp() {
    Menu shipped = load("classpath:ivr/menu.yml");

    assertThatThrownBy(() -> MenuLoader.fitsTheReplyTimeout(shipped, Duration.ofSeconds(30)))
        .hasMessage(
            "hotline.telephony.agi.reply-timeout = PT30S: must exceed the menu's longest time to"
                + " type (10 s) plus 30 s for its prompt");
    MenuLoader.fitsTheReplyTimeout(shipped, Duration.ofSeconds(60));
  }
}
