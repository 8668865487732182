package fr.cci.hotline.supervision;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What supervisors measure against ({@code hotline.supervision.*}).
 *
 * @param serviceLevelThreshold a call answered within this wait counts towards the service level
 * @param serviceLevelTarget the share of calls that should be answered within the threshold
 */
@Validated
@ConfigurationProperties("hotline.supervision")
public record SupervisionSettings(
    @DefaultValue("60s") @DurationMin(seconds = 1) Duration serviceLevelThreshold,
    @DefaultValue("0.8") @DecimalMin("0") @DecimalMax("1") double serviceLevelTarget) {}
