package fr.cci.hotline.advisors.web;

import fr.cci.hotline.advisors.PresenceState;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Presence in the words advisors and supervisors read (messages.properties, in French). */
@Component
class PresenceLabels {

  private final MessageSource messages;

  PresenceLabels(MessageSource messages) {
    this.messages = messages;
  }

  /** {@code Disponible}, {@code En pause — Déjeuner}… */
  String state(PresenceState state, String pauseReason) {
    String label = message("advisors.state." + state.name());
    if (state == PresenceState.PAUSED && pauseReason != null) {
      return label + " — " + reason(pauseReason);
    }
    return label;
  }

  String reason(String code) {
    return messages.getMessage(
        "advisors.pause." + code, null, code, LocaleContextHolder.getLocale());
  }

  /** What was asked during a call and happens when it ends, or null. */
  String afterCall(PresenceState afterCall) {
    return afterCall == null ? null : message("advisors.after-call." + afterCall.name());
  }

  /** {@code depuis 12 min}, {@code depuis 1 h 05}. */
  String since(Instant since, Instant now) {
    long minutes = Math.max(0, Duration.between(since, now).toMinutes());
    if (minutes < 1) {
      return message("advisors.since.moments");
    }
    if (minutes < 60) {
      return message("advisors.since.minutes", minutes);
    }
    return message("advisors.since.hours", minutes / 60, String.format("%02d", minutes % 60));
  }

  String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
