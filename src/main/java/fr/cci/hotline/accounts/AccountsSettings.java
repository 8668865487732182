package fr.cci.hotline.accounts;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The first administrator, created when the user table is empty ({@code hotline.accounts.*}, fed by
 * {@code HOTLINE_ADMIN_USER} and {@code HOTLINE_ADMIN_PASSWORD}). Without a password one is
 * generated and printed once in the log.
 */
@Validated
@ConfigurationProperties("hotline.accounts")
public record AccountsSettings(
    @DefaultValue("admin") @NotBlank String adminUser, @DefaultValue("") String adminPassword) {}
