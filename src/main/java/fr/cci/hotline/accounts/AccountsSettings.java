package fr.cci.hotline.accounts;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * User accounts ({@code hotline.accounts.*}).
 *
 * @param adminUser the first administrator, created when the user table is empty ({@code
 *     HOTLINE_ADMIN_USER})
 * @param adminPassword its password ({@code HOTLINE_ADMIN_PASSWORD}); without one, one is generated
 *     and printed once in the log
 * @param sessionTimeout a signed-in page session left idle this long is closed: the next request
 *     asks for the sign-in form again
 */
@Validated
@ConfigurationProperties("hotline.accounts")
public record AccountsSettings(
    @DefaultValue("admin") @NotBlank String adminUser,
    @DefaultValue("") String adminPassword,
    @DefaultValue("30m") @DurationMin(minutes = 1) @DurationMax(hours = 12)
        Duration sessionTimeout) {}
