package fr.cci.hotline.supervision.figures;

import fr.cci.hotline.telephony.FallbackCallEnded;
import fr.cci.hotline.telephony.FallbackCallEnded.Outcome;
import fr.cci.hotline.telephony.FallbackCallRecovered;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The calls the fallback queue handled, counted apart from the service's own ({@code
 * hotline.calls.fallback{outcome}}). Every instance hears the same AMI events, and calls handled
 * while the service or its AMI link was down come back from the dialplan's records at every AMI
 * connection ({@link FallbackCallRecovered}): each call id is stored once in {@code fallback_call},
 * and only the instance whose row went in counts it.
 */
@Component
public class FallbackCalls {

  private static final Logger log = LoggerFactory.getLogger(FallbackCalls.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);

  FallbackCalls(JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.clock = clock;
    for (Outcome outcome : Outcome.values()) {
      counters.put(
          outcome,
          Counter.builder("hotline.calls.fallback")
              .description("Calls the dialplan's fallback queue handled, by how they left it")
              .tag("outcome", tag(outcome))
              .register(meters));
    }
  }

  @EventListener
  void ended(FallbackCallEnded call) {
    try {
      if (recordedFirst(call)) {
        counters.get(call.outcome()).increment();
      }
    } catch (DataAccessException unreachable) {
      log.warn(
          "A fallback queue call could not be recorded ({}); it is not counted",
          unreachable.getClass().getSimpleName());
    }
  }

  /** A call read back from the dialplan's records: counted unless it was heard live. */
  @EventListener
  void recovered(FallbackCallRecovered call) {
    ended(call.call());
  }

  /**
   * Calls that left the fallback queue from {@code from} (included) to {@code to} (excluded), by
   * outcome tag, every outcome present.
   */
  public Map<String, Integer> between(Instant from, Instant to) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Outcome outcome : Outcome.values()) {
      counts.put(tag(outcome), 0);
    }
    jdbc.query(
        "select outcome, count(*) as calls from fallback_call"
            + " where ended_at >= ? and ended_at < ? group by outcome",
        row -> {
          counts.put(tag(Outcome.valueOf(row.getString("outcome"))), row.getInt("calls"));
        },
        utc(from),
        utc(to));
    return counts;
  }

  /** {@code answered}, {@code abandoned}, {@code timed-out}. */
  static String tag(Outcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private boolean recordedFirst(FallbackCallEnded call) {
    try {
      return jdbc.update(
              "insert into fallback_call (call_id, outcome, waited_seconds, ended_at, recorded_at)"
                  + " select ?, ?, ?, ?, ? where not exists"
                  + " (select 1 from fallback_call where call_id = ?)",
              call.callId(),
              call.outcome().name(),
              call.waited() == null ? null : QueueFigures.wholeSeconds(call.waited()),
              utc(call.at()),
              utc(clock.instant()),
              call.callId())
          == 1;
    } catch (DuplicateKeyException anotherInstanceWasFirst) {
      return false;
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
