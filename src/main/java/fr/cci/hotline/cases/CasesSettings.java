package fr.cci.hotline.cases;

import fr.cci.hotline.InvalidSetting;
import java.time.Duration;
import java.time.Period;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Case records ({@code hotline.cases.*}).
 *
 * @param linkWindow a new call is linked to the caller's cases of this many days back
 * @param retention how long a closed case is kept before its personal data is erased
 * @param writeTimeout how long a call may wait for a case write before it is kept for later
 */
@Validated
@ConfigurationProperties("hotline.cases")
public record CasesSettings(
    @DefaultValue("90d") @DurationMin(millis = 0) Duration linkWindow,
    @DefaultValue("P3Y") Period retention,
    @DefaultValue("2s") @DurationMin(millis = 10) Duration writeTimeout) {

  public CasesSettings {
    if (retention.isNegative() || retention.isZero()) {
      throw new InvalidSetting("hotline.cases.retention", retention, "must be a positive period");
    }
  }
}
