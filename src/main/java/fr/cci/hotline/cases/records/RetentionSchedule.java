package fr.cci.hotline.cases.records;

import fr.cci.hotline.cases.CasesSettings;
import fr.cci.hotline.cases.journal.Failures;
import fr.cci.hotline.support.PeriodicWork;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Runs the retention job on {@code hotline.cases.retention-cron}. Several instances on one database
 * may all run it: erasing what is already erased changes nothing.
 */
@Component
class RetentionSchedule extends PeriodicWork {

  private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

  private final Retention retention;
  private final CronExpression cron;

  RetentionSchedule(Retention retention, CasesSettings settings) {
    super("retention");
    this.retention = retention;
    this.cron = CronExpression.parse(settings.retentionCron());
  }

  @Override
  protected List<Task> tasks() {
    return List.of(at(cron, "Retention", this::run));
  }

  /** Failures are named without their message: PostgreSQL's would quote a caller number. */
  private void run() {
    try {
      retention.erasePersonalData();
    } catch (RuntimeException failure) {
      log.warn(
          "Retention job failed, tried again at its next run ({})", Failures.describe(failure));
    }
  }
}
