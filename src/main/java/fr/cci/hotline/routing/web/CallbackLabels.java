package fr.cci.hotline.routing.web;

import fr.cci.hotline.routing.callback.CallbackRefused;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Call-backs in French words for the page and the API: states, outcomes, times, refusals. */
@Component
class CallbackLabels {

  /** The hotline's own time: its advisors and supervisors all work in Normandy. */
  private static final ZoneId HOTLINE_TIME = ZoneId.of("Europe/Paris");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d/MM HH:mm", Locale.FRANCE).withZone(HOTLINE_TIME);

  private final MessageSource messages;

  CallbackLabels(MessageSource messages) {
    this.messages = messages;
  }

  String state(String state) {
    return text("callbacks.state." + state);
  }

  /** ANSWER, NOANSWER, BUSY… in words; null stays null. */
  String outcome(String outcome) {
    return outcome == null
        ? null
        : messages.getMessage(
            "callbacks.outcome." + outcome, null, outcome, LocaleContextHolder.getLocale());
  }

  String reason(String reason) {
    return text("callbacks.reason." + reason);
  }

  String when(Instant at) {
    return at == null ? "" : WHEN.format(at);
  }

  String refusal(CallbackRefused refused) {
    return messages.getMessage(
        refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale());
  }

  String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
