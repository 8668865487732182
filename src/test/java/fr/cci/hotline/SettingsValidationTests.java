package fr.cci.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cci.hotline.accounts.AccountsSettings;
import fr.cci.hotline.advisors.AdvisorsSettings;
import fr.cci.hotline.cases.CasesSettings;
import fr.cci.hotline.ivr.IvrSettings;
import fr.cci.hotline.routing.RoutingSettings;
import fr.cci.hotline.supervision.SupervisionSettings;
import fr.cci.hotline.telephony.TelephonySettings;
import fr.cci.hotline.workspace.WorkspaceSettings;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

@ExtendWith(OutputCaptureExtension.class)
class SettingsValidationTests {

  private static final String[] VALID_CHAMBERS = {
    "hotline.advisors.chambers.caen=CCI Caen Normandie",
    "hotline.advisors.chambers.rouen=CCI Rouen Métropole",
    "hotline.advisors.departments.14=caen",
    "hotline.advisors.departments.27=rouen",
    "hotline.advisors.departments.50=caen",
    "hotline.advisors.departments.61=caen",
    "hotline.advisors.departments.76=rouen"
  };

  private final ApplicationContextRunner settings =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ConfigurationPropertiesAutoConfiguration.class,
                  ValidationAutoConfiguration.class))
          .withUserConfiguration(AllSettings.class)
          .withPropertyValues(VALID_CHAMBERS);

  @EnableConfigurationProperties({
    TelephonySettings.class,
    AdvisorsSettings.class,
    RoutingSettings.class,
    IvrSettings.class,
    CasesSettings.class,
    SupervisionSettings.class,
    AccountsSettings.class,
    WorkspaceSettings.class
  })
  static class AllSettings {}

  @Test
  void theDefaultsAreValid() {
    settings.run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void aNegativeTimeoutIsRefusedWithItsKeyAndValue() {
    assertThat(failureLine("hotline.routing.ring-timeout=-5s"))
        .isEqualTo(
            "Invalid setting hotline.routing.ring-timeout = -5s: must be longer than or equal to 1 second");
  }

  @Test
  void aWallboardRefreshedFasterThanTheDatabaseShouldBeAskedIsRefused() {
    assertThat(failureLine("hotline.supervision.wallboard-refresh=10ms"))
        .isEqualTo(
            "Invalid setting hotline.supervision.wallboard-refresh = 10ms: must be longer than or"
                + " equal to 200 millis");
  }

  @Test
  void aServiceLevelTargetAboveEveryCallIsRefused() {
    assertThat(failureLine("hotline.supervision.service-level-target=1.5"))
        .startsWith("Invalid setting hotline.supervision.service-level-target = 1.5: ");
  }

  @Test
  void callBackAttemptsOutOfRangeAreRefusedWithTheirKey() {
    assertThat(failureLine("hotline.routing.callbacks.max-attempts=0"))
        .isEqualTo(
            "Invalid setting hotline.routing.callbacks.max-attempts = 0: must be greater than or equal to 1");
  }

  @Test
  void aCallBackRetryDelayTooShortIsRefusedWithItsKey() {
    assertThat(failureLine("hotline.routing.callbacks.retry-delays=15m,0s"))
        .startsWith("Invalid setting hotline.routing.callbacks.retry-delays[1] = ")
        .endsWith(": must be longer than or equal to 1 second");
  }

  @Test
  void aRegionalNumberThatIsNotTenDigitsIsRefused() {
    assertThat(failureLine("hotline.routing.callbacks.regional-number=02 32 10 09 00"))
        .startsWith("Invalid setting hotline.routing.callbacks.regional-number = 02 32 10 09 00: ");
  }

  @Test
  void aKeyTimeoutOfMoreThanHalfAMinuteIsRefused() {
    assertThat(failureLine("hotline.routing.callbacks.key-timeout=2m"))
        .isEqualTo(
            "Invalid setting hotline.routing.callbacks.key-timeout = 2m: must be shorter than or equal to 30 seconds");
  }

  @Test
  void aPortOutOfRangeIsRefusedWithItsKey() {
    assertThat(failureLine("hotline.telephony.agi.port=70000"))
        .startsWith("Invalid setting hotline.telephony.agi.port = 70000: ");
  }

  @Test
  void aNormandyDepartementWithoutAChamberIsRefused() {
    assertThat(failureLine("hotline.advisors.departments.61="))
        .isEqualTo(
            "Invalid setting hotline.advisors.departments.61 = []: a département needs at least one chamber");
  }

  @Test
  void aDepartementMissingFromTheChamberMapIsRefused() {
    ApplicationContextRunner withoutOrne =
        new ApplicationContextRunner()
            .withConfiguration(
                AutoConfigurations.of(
                    ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withUserConfiguration(AllSettings.class)
            .withPropertyValues(
                "hotline.advisors.chambers.caen=CCI Caen Normandie",
                "hotline.advisors.departments.14=caen",
                "hotline.advisors.departments.27=caen",
                "hotline.advisors.departments.50=caen",
                "hotline.advisors.departments.76=caen");
    withoutOrne.run(
        context ->
            assertThat(analysed(context.getStartupFailure()))
                .isEqualTo(
                    "Invalid setting hotline.advisors.departments = [61]: no chamber for département(s) [61]"));
  }

  @Test
  void aDepartementServedByAnUnknownChamberIsRefused() {
    assertThat(failureLine("hotline.advisors.departments.50=cherbourg"))
        .isEqualTo(
            "Invalid setting hotline.advisors.departments.50 = cherbourg: unknown chamber (not in hotline.advisors.chambers)");
  }

  @Test
  void anUnparseableScheduleIsRefusedWithTheRuleAtFault() {
    assertThat(failureLine("hotline.ivr.opening-hours[0]=MON-FRI 9h-12h30"))
        .isEqualTo(
            "Invalid setting hotline.ivr.opening-hours[0] = MON-FRI 9h-12h30: '9h-12h30' is not a time range like 09:00-12:30");
  }

  @Test
  void aSessionTimeoutOfSecondsIsRefusedWithItsKey() {
    assertThat(failureLine("hotline.accounts.session-timeout=10s"))
        .isEqualTo(
            "Invalid setting hotline.accounts.session-timeout = 10s: must be longer than or equal to 1 minute");
  }

  @Test
  void aSignInThrottleThatNeverLocksOrLocksForSecondsIsRefusedWithItsKey() {
    assertThat(failureLine("hotline.accounts.max-failures-per-user=0"))
        .isEqualTo(
            "Invalid setting hotline.accounts.max-failures-per-user = 0: must be greater than or equal to 1");
    assertThat(failureLine("hotline.accounts.lockout=10s"))
        .isEqualTo(
            "Invalid setting hotline.accounts.lockout = 10s: must be longer than or equal to 1 minute");
  }

  @Test
  void anApiBodyLimitOutsideItsRangeIsRefusedWithItsKey() {
    assertThat(failureLine("hotline.accounts.max-request-body=200MB"))
        .startsWith("Invalid setting hotline.accounts.max-request-body = ")
        .endsWith(": must be between 1KB and 100MB");
  }

  @Test
  void aScreenPopListingNoEarlierCaseIsRefusedWithItsKey() {
    assertThat(failureLine("hotline.workspace.earlier-cases=0"))
        .startsWith("Invalid setting hotline.workspace.earlier-cases = 0: ");
  }

  @Test
  void anUnparseableClosureIsRefused() {
    assertThat(failureLine("hotline.ivr.closures[0]=Noël"))
        .startsWith("Invalid setting hotline.ivr.closures[0] = Noël: ");
  }

  @Test
  void theApplicationStopsWithOneLineNamingTheKey(CapturedOutput output) {
    SpringApplication application = new SpringApplication(Hotline.class);
    application.setAdditionalProfiles("test");

    assertThatThrownBy(() -> application.run("--hotline.routing.ring-timeout=-1s"))
        .isInstanceOf(Exception.class);

    assertThat(output)
        .contains(
            "Invalid setting hotline.routing.ring-timeout = -1s: must be longer than or equal to 1 second");
  }

  @Test
  void aTakenFastAgiPortStopsStartUpWithOneLine(CapturedOutput output) throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertStartUpFailsWithOneLine(
          output,
          "Invalid setting hotline.telephony.agi.port = "
              + taken.getLocalPort()
              + ": cannot listen on 127.0.0.1",
          "--hotline.telephony.agi.port=" + taken.getLocalPort());
    }
  }

  @Test
  void aTakenWebPortStopsStartUpWithOneLine(CapturedOutput output) throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      assertStartUpFailsWithOneLine(
          output,
          "Invalid setting server.port or management.server.port = "
              + taken.getLocalPort()
              + ": already in use by another program",
          "--server.port=" + taken.getLocalPort());
    }
  }

  @Test
  void aMissingMenuFileStopsStartUpWithOneLine(CapturedOutput output) {
    assertStartUpFailsWithOneLine(
        output,
        "Invalid setting hotline.ivr.menu = classpath:ivr/missing.yml: cannot read it",
        "--hotline.ivr.menu=classpath:ivr/missing.yml");
  }

  @Test
  void aFastAgiReplyTimeoutShorterThanTheMenusQuestionsStopsStartUp(CapturedOutput output) {
    assertStartUpFailsWithOneLine(
        output,
        "Invalid setting hotline.telephony.agi.reply-timeout = PT20S: must exceed",
        "--hotline.telephony.agi.reply-timeout=20s");
  }

  /** The whole application fails to start, saying so in one line, without a stack trace. */
  private static void assertStartUpFailsWithOneLine(
      CapturedOutput output, String line, String... arguments) {
    SpringApplication application = new SpringApplication(Hotline.class);
    application.setAdditionalProfiles("test");

    assertThatThrownBy(() -> application.run(arguments)).isInstanceOf(Exception.class);

    assertThat(output).contains(line);
    assertThat(output.toString()).doesNotContain("\tat ");
  }

  private String failureLine(String property) {
    String[] line = new String[1];
    settings
        .withPropertyValues(property)
        .run(context -> line[0] = analysed(context.getStartupFailure()));
    return line[0];
  }

  private static String analysed(Throwable failure) {
    assertThat(failure).as("start-up should fail").isNotNull();
    FailureAnalysis analysis = new InvalidSettingFailureAnalyzer().analyze(failure);
    assertThat(analysis).as("a binding failure").isNotNull();
    assertThat(analysis.getDescription()).doesNotContain("\n");
    return analysis.getDescription();
  }
}
