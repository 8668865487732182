package fr.cci.hotline.telephony.ami;

import fr.cci.hotline.telephony.AmiConnected;
import fr.cci.hotline.telephony.CallerNumber;
import fr.cci.hotline.telephony.FallbackCallEnded;
import fr.cci.hotline.telephony.FallbackCallEnded.Outcome;
import fr.cci.hotline.telephony.FallbackCallRecovered;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.asteriskjava.manager.event.ResponseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads back, on every AMI (re)connection, the dialplan's own records of the calls its fallback
 * queue handled ({@code asterisk-config/extensions.conf}: AstDB family {@code
 * hotline-fallback/<day>}, key the call id), and publishes each ended one as {@link
 * FallbackCallRecovered}. The dialplan deletes them after three days; the service cannot (DBDel
 * needs the AMI class {@code system}, which it is not granted), so the same calls come at every
 * connection and their listeners keep each call id once.
 *
 * <p>Runs before the resynchronisation of live channels, so that a case the fallback queue settled
 * is settled by its record before a missed hang-up would close it as abandoned.
 */
@Component
class FallbackRecords {

  private static final Logger log = LoggerFactory.getLogger(FallbackRecords.class);

  /** The dialplan's AstDB family. */
  static final String FAMILY = "hotline-fallback";

  private static final int FIELDS = 8;

  private final AmiLink link;
  private final PbxEventDispatcher dispatcher;

  FallbackRecords(AmiLink link, PbxEventDispatcher dispatcher) {
    this.link = link;
    this.dispatcher = dispatcher;
  }

  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void importAll(AmiConnected connected) {
    try {
      int ended = 0;
      for (ResponseEvent event : link.sendEventGenerating(new DbGetTreeAction(FAMILY))) {
        if (event instanceof DbGetTreeResponseEvent entry) {
          Optional<FallbackCallRecovered> call = parse(entry.getKey(), entry.getVal());
          if (call.isPresent()) {
            dispatcher.dispatch(call.get());
            ended++;
          }
        }
      }
      log.info("Fallback queue records read from AstDB: {} ended calls", ended);
    } catch (AmiUnavailable failure) {
      log.warn("Fallback queue records not read: {}", failure.getMessage());
    }
  }

  /**
   * One record: {@code /hotline-fallback/<day>/<call id>} = arrival, joined, ended (epoch seconds),
   * case number, QUEUESTATUS, member interface, hold time, caller number (last: it may hold a
   * comma). Empty when the call is still in the queue or the record is not one of ours.
   */
  static Optional<FallbackCallRecovered> parse(String key, String value) {
    if (key == null || value == null || !key.startsWith("/" + FAMILY + "/")) {
      return Optional.empty();
    }
    String callId = key.substring(key.lastIndexOf('/') + 1);
    String[] fields = value.split(",", FIELDS);
    if (callId.isBlank() || fields.length < FIELDS) {
      return Optional.empty();
    }
    Instant arrived = epoch(fields[0]);
    Instant joined = epoch(fields[1]);
    Instant ended = epoch(fields[2]);
    if (ended == null) {
      return Optional.empty();
    }
    String member = blankToNull(fields[5]);
    Long held = number(fields[6]);
    Outcome outcome =
        member != null
            ? Outcome.ANSWERED
            : "TIMEOUT".equals(fields[4]) ? Outcome.TIMED_OUT : Outcome.ABANDONED;
    Duration waited =
        outcome == Outcome.ANSWERED && held != null
            ? Duration.ofSeconds(held)
            : joined == null ? null : Duration.between(joined, ended);
    Instant at =
        outcome == Outcome.ANSWERED && joined != null && held != null
            ? joined.plusSeconds(held)
            : ended;
    return Optional.of(
        new FallbackCallRecovered(
            new FallbackCallEnded(callId, outcome, member, waited, at),
            CallerNumber.of(fields[7]),
            arrived != null ? arrived : joined,
            blankToNull(fields[3]),
            ended));
  }

  private static Instant epoch(String field) {
    Long seconds = number(field);
    return seconds == null ? null : Instant.ofEpochSecond(seconds);
  }

  private static Long number(String field) {
    try {
      return field.isBlank() ? null : Long.valueOf(field.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static String blankToNull(String field) {
    return field == null || field.isBlank() ? null : field.strip();
  }
}
