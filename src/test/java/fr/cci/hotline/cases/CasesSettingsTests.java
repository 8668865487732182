package fr.cci.hotline.cases;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.InvalidSetting;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

class CasesSettingsTests {

  private final ApplicationContextRunner settings =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ConfigurationPropertiesAutoConfiguration.class,
                  ValidationAutoConfiguration.class))
          .withUserConfiguration(Cases.class);

  @EnableConfigurationProperties(CasesSettings.class)
  static class Cases {}

  @Test
  void theDefaultsKeepTheJournalUnderDataAndPurgeAtNight() {
    settings.run(
        context -> {
          CasesSettings cases = context.getBean(CasesSettings.class);
          assertThat(cases.journalDir()).isEqualTo(Path.of("data/case-journal"));
          assertThat(cases.retentionCron()).isEqualTo("0 30 3 * * *");
          assertThat(cases.lookupTimeout()).isPositive();
        });
  }

  @Test
  void anUnreadableCronIsRefusedWithItsKey() {
    settings
        .withPropertyValues("hotline.cases.retention-cron=every night")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .isInstanceOf(InvalidSetting.class)
                    .hasMessageStartingWith("hotline.cases.retention-cron = every night: "));
  }

  @Test
  void aMaximumRetryDelayShorterThanTheFirstIsRefused() {
    settings
        .withPropertyValues("hotline.cases.retry-delay=5s", "hotline.cases.retry-max-delay=1s")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageStartingWith("hotline.cases.retry-max-delay = PT1S: "));
  }
}
