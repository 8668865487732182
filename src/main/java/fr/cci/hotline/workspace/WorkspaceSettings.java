package fr.cci.hotline.workspace;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The advisors' workspace ({@code hotline.workspace.*}).
 *
 * @param caseWait how long a screen pop waits for the case record to reach the database (the menu's
 *     events are written by the case journal, usually within milliseconds)
 * @param streamTimeout how long one server-sent event stream stays open; the page's EventSource
 *     reconnects by itself after it
 * @param earlierCases how many of the caller's earlier cases a screen pop lists
 */
@Validated
@ConfigurationProperties("hotline.workspace")
public record WorkspaceSettings(
    @DefaultValue("800ms") @DurationMin(millis = 0) @DurationMax(seconds = 10) Duration caseWait,
    @DefaultValue("10m") @DurationMin(seconds = 10) Duration streamTimeout,
    @DefaultValue("5") @Min(1) @Max(50) int earlierCases) {}
