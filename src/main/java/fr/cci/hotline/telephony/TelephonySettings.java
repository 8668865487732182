package fr.cci.hotline.telephony;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the service reaches Asterisk ({@code hotline.telephony.*}). The AMI password comes from the
 * environment ({@code HOTLINE_AMI_PASSWORD}), never from a committed file.
 */
@Validated
@ConfigurationProperties("hotline.telephony")
public record TelephonySettings(
    @DefaultValue @Valid @NotNull Ami ami,
    @DefaultValue @Valid @NotNull Agi agi,
    @DefaultValue("hotline") @Pattern(regexp = "[a-z0-9_-]+") String soundDirectory) {

  /** The sound Asterisk plays for a prompt key: {@code welcome} → {@code hotline/welcome}. */
  public String sound(String prompt) {
    return prompt.contains("/") ? prompt : soundDirectory + "/" + prompt;
  }

  /** The AMI link: address, credentials, reconnect back-off and liveness checks. */
  public record Ami(
      @DefaultValue("127.0.0.1") @NotBlank String host,
      @DefaultValue("5038") @Min(1) @Max(65535) int port,
      @DefaultValue("hotline") @NotBlank String username,
      @DefaultValue("") String password,
      @DefaultValue("1s") @DurationMin(millis = 10) Duration reconnectInitialDelay,
      @DefaultValue("2s") @DurationMin(millis = 10) Duration reconnectMaxDelay,
      @DefaultValue("15s") @DurationMin(millis = 100) Duration pingInterval,
      @DefaultValue("10s") @DurationMin(millis = 100) Duration responseTimeout) {}

  /**
   * The FastAGI server the dialplan calls: bind address, who may connect, pool sizes, and how long
   * a connection may take to send its environment and to answer one command (the longest prompt
   * plus the longest time given to type, with room to spare).
   */
  public record Agi(
      @DefaultValue("127.0.0.1") @NotBlank String bindAddress,
      @DefaultValue("4573") @Min(0) @Max(65535) int port,
      @DefaultValue({"127.0.0.1", "::1"}) @NotEmpty List<@NotBlank String> allowedAddresses,
      @DefaultValue("20") @Min(1) int poolSize,
      @DefaultValue("1200") @Min(1) int maxPoolSize,
      @DefaultValue("30s") @DurationMin(millis = 0) Duration shutdownGrace,
      @DefaultValue("5s") @DurationMin(millis = 100) Duration environmentTimeout,
      @DefaultValue("60s") @DurationMin(seconds = 1) Duration replyTimeout) {}
}
