package fr.cci.hotline.advisors.pbx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.advisors.AdvisorsIntegrationTest;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.advisors.admin.Fixtures;
import fr.cci.hotline.telephony.CallScript;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** *41, *42 and *43 on an advisor's desk phone, through the script the dialplan calls. */
@AdvisorsIntegrationTest
class AdvisorFeatureCodesTests {

  @Autowired List<CallScript> scripts;
  @Autowired Presence presence;
  @Autowired Fixtures fixtures;

  @Test
  void theDialplanFindsTheScriptByItsName() {
    assertThat(scripts).extracting(CallScript::name).contains("hotline-advisor");
  }

  @Test
  void starFortyOneLogsTheAdvisorOfThePhoneInAndSaysSo() {
    String advisor = fixtures.deskAdvisor();

    List<String> heard = dial(advisor, "login");

    assertThat(state(advisor)).isEqualTo(PresenceState.AVAILABLE);
    assertThat(heard).containsExactly("hotline/advisor-logged-in");
  }

  @Test
  void starFortyTwoLogsTheAdvisorOut() {
    String advisor = fixtures.deskAdvisor();
    dial(advisor, "login");

    List<String> heard = dial(advisor, "logout");

    assertThat(state(advisor)).isEqualTo(PresenceState.OFFLINE);
    assertThat(heard).containsExactly("hotline/advisor-logged-out");
  }

  @Test
  void starFortyThreePausesThenResumes() {
    String advisor = fixtures.deskAdvisor();
    dial(advisor, "login");

    List<String> first = dial(advisor, "pause");
    PresenceState paused = state(advisor);
    String reason = presence.status(advisor).orElseThrow().pauseReason();
    List<String> second = dial(advisor, "pause");

    assertThat(paused).isEqualTo(PresenceState.PAUSED);
    assertThat(reason).isEqualTo("other");
    assertThat(first).containsExactly("hotline/advisor-paused");
    assertThat(state(advisor)).isEqualTo(PresenceState.AVAILABLE);
    assertThat(second).containsExactly("hotline/advisor-resumed");
  }

  @Test
  void starFortyThreeWhileLoggedOutSaysToLogInFirst() {
    String advisor = fixtures.deskAdvisor();

    List<String> heard = dial(advisor, "pause");

    assertThat(state(advisor)).isEqualTo(PresenceState.OFFLINE);
    assertThat(heard).containsExactly("hotline/advisor-not-logged-in");
  }

  @Test
  void aPhoneOfNoAdvisorHearsThatItIsUnknown() {
    FakeCallChannel call = FakeCallChannel.featureCode("reception", "login");

    script().run(call);

    assertThat(call.played()).containsExactly("hotline/advisor-unknown");
  }

  @Test
  void everyPromptTheScriptPlaysHasAFrenchText() throws IOException {
    Properties texts = new Properties();
    try (InputStreamReader reader =
        new InputStreamReader(
            new ClassPathResource("prompts/advisors_fr.properties").getInputStream(),
            StandardCharsets.UTF_8)) {
      texts.load(reader);
    }

    for (String prompt :
        List.of(
            AdvisorFeatureCodes.LOGGED_IN,
            AdvisorFeatureCodes.LOGGED_OUT,
            AdvisorFeatureCodes.PAUSED,
            AdvisorFeatureCodes.RESUMED,
            AdvisorFeatureCodes.NOT_LOGGED_IN,
            AdvisorFeatureCodes.UNKNOWN)) {
      assertThat(texts.getProperty(prompt.substring("hotline/".length()))).as(prompt).isNotBlank();
    }
  }

  private List<String> dial(String advisor, String code) {
    FakeCallChannel call = FakeCallChannel.featureCode(advisor, code);
    script().run(call);
    return call.played();
  }

  private CallScript script() {
    return scripts.stream()
        .filter(script -> script.name().equals("hotline-advisor"))
        .findFirst()
        .orElseThrow();
  }

  private PresenceState state(String advisor) {
    return presence.status(advisor).orElseThrow().state();
  }
}
