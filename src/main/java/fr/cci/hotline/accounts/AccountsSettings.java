package fr.cci.hotline.accounts;

import fr.cci.hotline.InvalidSetting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * User accounts and web safety ({@code hotline.accounts.*}).
 *
 * @param adminUser the first administrator, created when the user table is empty ({@code
 *     HOTLINE_ADMIN_USER})
 * @param adminPassword its password ({@code HOTLINE_ADMIN_PASSWORD}); without one, one is generated
 *     and printed once in the log
 * @param sessionTimeout a signed-in page session left idle this long is closed: the next request
 *     asks for the sign-in form again
 * @param maxFailuresPerUser failed sign-ins under one username (known or not) within {@code
 *     lockout} before that username is locked for {@code lockout}
 * @param maxFailuresPerAddress failed sign-ins from one address within {@code lockout} before that
 *     address is locked for {@code lockout}; higher than per user because a chamber's advisors may
 *     share one address
 * @param lockout how long failures are counted, and how long a lock lasts
 * @param secureCookies marks the session cookie {@code Secure}: set it when the pages are served
 *     over HTTPS (directly or behind a proxy), so that the cookie never travels in clear
 * @param maxRequestBody the largest body an {@code /api/**} request may send
 */
@Validated
@ConfigurationProperties("hotline.accounts")
public record AccountsSettings(
    @DefaultValue("admin") @NotBlank String adminUser,
    @DefaultValue("") String adminPassword,
    @DefaultValue("30m") @DurationMin(minutes = 1) @DurationMax(hours = 12) Duration sessionTimeout,
    @DefaultValue("10") @Min(1) @Max(1000) int maxFailuresPerUser,
    @DefaultValue("30") @Min(1) @Max(10000) int maxFailuresPerAddress,
    @DefaultValue("5m") @DurationMin(minutes = 1) @DurationMax(hours = 24) Duration lockout,
    @DefaultValue("false") boolean secureCookies,
    @DefaultValue("1MB") DataSize maxRequestBody) {

  public AccountsSettings {
    if (maxRequestBody.toBytes() < 1024 || maxRequestBody.toMegabytes() > 100) {
      throw new InvalidSetting(
          "hotline.accounts.max-request-body", maxRequestBody, "must be between 1KB and 100MB");
    }
  }
}
