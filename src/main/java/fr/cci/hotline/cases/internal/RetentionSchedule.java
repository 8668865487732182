package fr.cci.hotline.cases.internal;

import fr.cci.hotline.cases.CasesSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the retention job on {@code hotline.cases.retention-cron}. Several instances on one database
 * may all run it: erasing what is already erased changes nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionSchedule implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

  private final Retention retention;
  private final CasesSettings settings;

  RetentionSchedule(Retention retention, CasesSettings settings) {
    this.retention = retention;
    this.settings = settings;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar tasks) {
    tasks.addCronTask(this::run, settings.retentionCron());
  }

  private void run() {
    try {
      retention.erasePersonalData();
    } catch (RuntimeException failure) {
      log.warn(
          "Retention job failed, tried again at its next run ({})", Failures.describe(failure));
    }
  }
}
