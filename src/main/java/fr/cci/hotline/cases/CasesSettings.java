package fr.cci.hotline.cases;

import fr.cci.hotline.InvalidSetting;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * Case records ({@code hotline.cases.*}).
 *
 * @param linkWindow a new call is linked to the caller's cases of this many days back
 * @param retention how long a case is kept, from the end of its call, before its personal data is
 *     erased
 * @param writeTimeout how long one write of the case writer may take before it is abandoned and
 *     retried later (calls never wait for it: their events wait in the journal)
 * @param lookupTimeout how long a caller's thread waits for the case records to name the caller's
 *     previous advisor before routing goes on without
 * @param journalDir where case events are spooled until the database has them, so that a restart
 *     during a database outage loses nothing; one directory per host (instances sharing it take
 *     separate files)
 * @param retryDelay first pause of the case writer after a failed write, doubled at each failure
 * @param retryMaxDelay longest pause of the case writer between two attempts
 * @param retentionCron when personal data past retention is erased (Spring cron: second minute hour
 *     day month weekday, in the server's time zone)
 */
@Validated
@ConfigurationProperties("hotline.cases")
public record CasesSettings(
    @DefaultValue("90d") @DurationMin(millis = 0) Duration linkWindow,
    @DefaultValue("P3Y") Period retention,
    @DefaultValue("2s") @DurationMin(millis = 10) Duration writeTimeout,
    @DefaultValue("500ms") @DurationMin(millis = 10) Duration lookupTimeout,
    @DefaultValue("./data/case-journal") @NotNull Path journalDir,
    @DefaultValue("200ms") @DurationMin(millis = 10) Duration retryDelay,
    @DefaultValue("10s") @DurationMin(millis = 10) Duration retryMaxDelay,
    @DefaultValue("0 30 3 * * *") String retentionCron) {

  public CasesSettings {
    if (retention.isNegative() || retention.isZero()) {
      throw new InvalidSetting("hotline.cases.retention", retention, "must be a positive period");
    }
    if (retryMaxDelay.compareTo(retryDelay) < 0) {
      throw new InvalidSetting(
          "hotline.cases.retry-max-delay",
          retryMaxDelay,
          "must be at least hotline.cases.retry-delay (" + retryDelay + ")");
    }
    if (!CronExpression.isValidExpression(retentionCron)) {
      throw new InvalidSetting(
          "hotline.cases.retention-cron",
          retentionCron,
          "not a cron expression like '0 30 3 * * *' (second minute hour day month weekday)");
    }
  }
}
