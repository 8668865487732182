package fr.cci.hotline.supervision;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What supervisors measure against and how their screens refresh ({@code hotline.supervision.*}).
 *
 * @param serviceLevelThreshold a call answered within this wait counts towards the service level
 * @param serviceLevelTarget the share of calls that should be answered within the threshold
 * @param longestWaitWarning the wallboard turns the waiting callers orange when someone has waited
 *     this long
 * @param figuresCache how long a read of the waiting line, presence and today's cases serves the
 *     meters before the database is asked again (a Prometheus scrape reads dozens of gauges)
 * @param wallboardRefresh how often the wallboard is pushed to open screens even when this instance
 *     heard nothing (other instances' calls, time in state)
 * @param plannedHandlingTime the handling time the staffing estimate assumes until calls have been
 *     handled today
 */
@Validated
@ConfigurationProperties("hotline.supervision")
public record SupervisionSettings(
    @DefaultValue("60s") @DurationMin(seconds = 1) Duration serviceLevelThreshold,
    @DefaultValue("0.8") @DecimalMin("0") @DecimalMax("1") double serviceLevelTarget,
    @DefaultValue("120s") @DurationMin(seconds = 1) Duration longestWaitWarning,
    @DefaultValue("5s") @DurationMin(millis = 0) @DurationMax(minutes = 5) Duration figuresCache,
    @DefaultValue("5s") @DurationMin(millis = 200) Duration wallboardRefresh,
    @DefaultValue("10m") @DurationMin(seconds = 1) Duration plannedHandlingTime) {}
