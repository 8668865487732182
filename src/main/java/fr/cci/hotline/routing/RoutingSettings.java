package fr.cci.hotline.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How callers are given to advisors ({@code hotline.routing.*}).
 *
 * @param ringTimeout how long an advisor's phone rings before the next advisor is tried (a
 *     call-back's too)
 * @param widenToDepartmentAfter wait after which every chamber serving the caller's département is
 *     eligible, not only the usual one
 * @param widenToRegionAfter wait after which every advisor of Normandy is eligible
 * @param positionAnnouncementEvery how often a waiting caller hears their position
 * @param callbacks how call-backs are asked for and carried out
 */
@Validated
@ConfigurationProperties("hotline.routing")
public record RoutingSettings(
    @DefaultValue("20s") @DurationMin(seconds = 1) Duration ringTimeout,
    @DefaultValue("30s") @DurationMin(millis = 0) Duration widenToDepartmentAfter,
    @DefaultValue("60s") @DurationMin(millis = 0) Duration widenToRegionAfter,
    @DefaultValue("60s") @DurationMin(seconds = 1) Duration positionAnnouncementEvery,
    @DefaultValue @Valid @NotNull Callbacks callbacks) {

  /**
   * Call-backs ({@code hotline.routing.callbacks.*}).
   *
   * @param maxAttempts how many times the business owner is rung before the call-back is given up
   *     (CALLBACK_FAILED); an advisor who does not answer uses no attempt
   * @param retryDelays the wait before the second attempt, the third…; the last one repeats
   * @param ownerRingTimeout how long the business owner's phone rings
   * @param offerAgainAfter a caller still waiting this long hears the call-back offer again
   * @param keyTimeout how long the caller has to confirm or type the number, and between two digits
   * @param regionalNumber the number the advisor's phone shows beside the case number
   * @param forgetFailedAfter a failed call-back's number is erased this long after it failed (the
   *     case record keeps the caller's, for its own retention)
   */
  public record Callbacks(
      @DefaultValue("3") @Min(1) @Max(10) int maxAttempts,
      @DefaultValue({"15m", "1h"}) @NotEmpty
          List<@NotNull @DurationMin(seconds = 1) Duration> retryDelays,
      @DefaultValue("30s") @DurationMin(seconds = 5) Duration ownerRingTimeout,
      @DefaultValue("5m") @DurationMin(seconds = 10) Duration offerAgainAfter,
      @DefaultValue("5s") @DurationMin(seconds = 1) @DurationMax(seconds = 30) Duration keyTimeout,
      @DefaultValue("0232100900") @Pattern(regexp = "[0-9]{10}") String regionalNumber,
      @DefaultValue("30d") @DurationMin(hours = 1) Duration forgetFailedAfter) {

    public Callbacks {
      retryDelays = retryDelays == null ? List.of() : List.copyOf(retryDelays);
    }

    /** The wait after the {@code attempt}-th attempt failed (1 for the first). */
    public Duration retryDelayAfter(int attempt) {
      return retryDelays.get(Math.min(Math.max(attempt, 1), retryDelays.size()) - 1);
    }
  }
}
