package fr.cci.hotline.routing;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How callers are given to advisors ({@code hotline.routing.*}).
 *
 * @param ringTimeout how long an advisor's phone rings before the next advisor is tried
 * @param widenToDepartmentAfter wait after which every chamber serving the caller's département is
 *     eligible, not only the usual one
 * @param widenToRegionAfter wait after which every advisor of Normandy is eligible
 * @param positionAnnouncementEvery how often a waiting caller hears their position
 */
@Validated
@ConfigurationProperties("hotline.routing")
public record RoutingSettings(
    @DefaultValue("20s") @DurationMin(seconds = 1) Duration ringTimeout,
    @DefaultValue("30s") @DurationMin(millis = 0) Duration widenToDepartmentAfter,
    @DefaultValue("60s") @DurationMin(millis = 0) Duration widenToRegionAfter,
    @DefaultValue("60s") @DurationMin(seconds = 1) Duration positionAnnouncementEvery) {}
