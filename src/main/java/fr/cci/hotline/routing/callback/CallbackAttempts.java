package fr.cci.hotline.routing.callback;

import static fr.cci.hotline.routing.callback.CallbackLine.utc;

import fr.cci.hotline.telephony.DialStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The steps of a call-back attempt in the database, each a conditional update on the attempt's
 * advisor leg: a step applies only while the call-back is where that step expects and the leg is
 * still its attempt's, so that a repeated or late fact (every instance hears every AMI event) moves
 * it once, and an old leg never touches a newer attempt.
 */
@Repository
class CallbackAttempts {

  private final JdbcTemplate jdbc;
  private final CallbackLine line;

  CallbackAttempts(JdbcTemplate jdbc, CallbackLine line) {
    this.jdbc = jdbc;
    this.line = line;
  }

  /**
   * RINGING (or ANSWERED, hung up while hearing which case it is) → PENDING: the advisor did not
   * take it. No attempt is used; the advisor is tried, so that the next ring goes to someone else.
   */
  boolean advisorMissed(String channelId, DialStatus outcome, Instant now) {
    boolean moved =
        backInLine(channelId, EnumSet.of(CallbackState.RINGING, CallbackState.ANSWERED), null);
    if (moved) {
      endAttempt(channelId, "advisor_outcome", outcome, now);
    }
    return moved;
  }

  /** RINGING → ANSWERED: the advisor picked up (the AGI script or OriginateResponse, first). */
  Optional<Callback> advisorAnswered(String channelId, Instant now) {
    int moved =
        jdbc.update(
            "update callback set state = 'ANSWERED' where channel_id = ? and state = 'RINGING'",
            channelId);
    if (moved == 1) {
      jdbc.update(
          "update callback_attempt set advisor_outcome = 'ANSWER' where channel_id = ?", channelId);
    }
    return line.findByChannel(channelId).filter(found -> found.state() == CallbackState.ANSWERED);
  }

  /** ANSWERED → DIALLING: the owner is about to be rung; false if cancelled meanwhile. */
  boolean ownerDialled(String channelId) {
    return jdbc.update(
            "update callback set state = 'DIALLING' where channel_id = ? and state = 'ANSWERED'",
            channelId)
        == 1;
  }

  /** DIALLING → DONE: the owner answered. Their number is needed no more: it is erased. */
  boolean ownerAnswered(String channelId, Instant now) {
    boolean moved =
        jdbc.update(
                "update callback set state = 'DONE', answered_at = ?, last_outcome = 'ANSWER',"
                    + " phone_number = null where channel_id = ? and state = 'DIALLING'",
                utc(now),
                channelId)
            == 1;
    if (moved) {
      jdbc.update(
          "update callback_attempt set owner_outcome = 'ANSWER' where channel_id = ?", channelId);
    }
    return moved;
  }

  /**
   * DIALLING → PENDING after {@code retryDelay}, or FAILED after the last attempt: the owner did
   * not answer, was busy or could not be reached. Returns the call-back as it now stands.
   */
  Optional<Callback> ownerMissed(
      String channelId, DialStatus outcome, int maxAttempts, Duration retryDelay, Instant now) {
    boolean moved =
        jdbc.update(
                "update callback set attempts = attempts + 1, last_outcome = ?, tried = '',"
                    + " state = case when attempts + 1 >= ? then 'FAILED' else 'PENDING' end,"
                    + " due_at = ?, ended_at = case when attempts + 1 >= ? then ? else null end,"
                    + " advisor_id = null, channel_id = null, attempt_started_at = null"
                    + " where channel_id = ? and state = 'DIALLING'",
                outcome.name(),
                maxAttempts,
                utc(now.plus(retryDelay)),
                maxAttempts,
                utc(now),
                channelId)
            == 1;
    if (!moved) {
      return Optional.empty();
    }
    endAttempt(channelId, "owner_outcome", outcome, now);
    return line.attempt(channelId).flatMap(attempt -> line.find(attempt.caseNumber()));
  }

  /**
   * An attempt that ended without an outcome for the owner (the advisor hung up first, the service
   * gave no decision, or the leg vanished while the AMI link was down): pending again at once, no
   * attempt used; the next ring goes to another advisor if one is free.
   */
  boolean interrupted(String channelId, Instant now) {
    boolean moved =
        backInLine(
            channelId,
            EnumSet.of(CallbackState.RINGING, CallbackState.ANSWERED, CallbackState.DIALLING),
            now);
    if (moved) {
      jdbc.update(
          "update callback_attempt set ended_at = ? where channel_id = ? and ended_at is null",
          utc(now),
          channelId);
    }
    return moved;
  }

  /**
   * Pending again, the attempt's advisor tried; due at {@code dueAt}, or when it was due before.
   * False when the leg is no longer the call-back's attempt or the call-back not in {@code from}.
   */
  private boolean backInLine(String channelId, Set<CallbackState> from, Instant dueAt) {
    Optional<Callback> current = line.findByChannel(channelId);
    if (current.isEmpty() || !from.contains(current.get().state())) {
      return false;
    }
    Set<String> tried = new LinkedHashSet<>(current.get().tried());
    tried.add(current.get().advisorId());
    String states =
        from.stream().map(state -> "'" + state.name() + "'").collect(Collectors.joining(", "));
    return jdbc.update(
            "update callback set state = 'PENDING', due_at = ?, tried = ?, advisor_id = null,"
                + " channel_id = null, attempt_started_at = null where channel_id = ?"
                + " and state in ("
                + states
                + ")",
            utc(dueAt != null ? dueAt : current.get().dueAt()),
            String.join(",", tried),
            channelId)
        == 1;
  }

  /** The talk of a done call-back ended; true for the one instance that records it. */
  boolean talkEnded(String channelId, Instant now) {
    boolean ended =
        jdbc.update(
                "update callback set ended_at = ? where channel_id = ? and state = 'DONE'"
                    + " and ended_at is null",
                utc(now),
                channelId)
            == 1;
    if (ended) {
      jdbc.update(
          "update callback_attempt set ended_at = ? where channel_id = ?", utc(now), channelId);
    }
    return ended;
  }

  private void endAttempt(String channelId, String column, DialStatus outcome, Instant now) {
    jdbc.update(
        "update callback_attempt set " + column + " = ?, ended_at = ? where channel_id = ?",
        outcome.name(),
        utc(now),
        channelId);
  }
}
