package fr.cci.hotline.routing.callback;

import static fr.cci.hotline.routing.callback.CallbackLine.utc;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What people do to call-backs (trigger one now, cancel one), with who did it and why kept beside
 * them; and the erasure of the numbers of call-backs failed long ago.
 */
@Repository
class CallbackActions {

  private final JdbcTemplate jdbc;

  CallbackActions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Pending: due now, whatever delay it was waiting for. Failed: pending again, due now, with a new
   * round of attempts. False when it is neither (an attempt is under way, done, cancelled).
   */
  boolean trigger(String caseNumber, String username, Instant now) {
    boolean moved =
        jdbc.update(
                "update callback set due_at = ?, attempts = case when state = 'FAILED' then 0"
                    + " else attempts end, ended_at = null, state = 'PENDING' where case_number = ?"
                    + " and (state = 'PENDING' or (state = 'FAILED' and phone_number is not null))",
                utc(now),
                caseNumber)
            == 1;
    if (moved) {
      record(caseNumber, "TRIGGERED", username, null, now);
    }
    return moved;
  }

  /**
   * Pending, failed, or ringing an advisor who has not answered yet (their answer then finds it
   * cancelled): cancelled, the number erased. False once the business owner is being rung.
   */
  boolean cancel(String caseNumber, String username, String reason, Instant now) {
    boolean moved =
        jdbc.update(
                "update callback set state = 'CANCELLED', phone_number = null, ended_at = ?"
                    + " where case_number = ? and state in ('PENDING', 'FAILED', 'RINGING')",
                utc(now),
                caseNumber)
            == 1;
    if (moved) {
      record(caseNumber, "CANCELLED", username, reason, now);
    }
    return moved;
  }

  /** Erases the numbers of call-backs that failed before {@code failedBefore}. */
  int forgetFailed(Instant failedBefore) {
    return jdbc.update(
        "update callback set phone_number = null where state = 'FAILED' and ended_at < ?"
            + " and phone_number is not null",
        utc(failedBefore));
  }

  /** Who triggered or cancelled the call-back, oldest first. */
  List<CallbackAudit> history(String caseNumber) {
    return jdbc.query(
        "select kind, username, reason, acted_at from callback_action where case_number = ?"
            + " order by acted_at, id",
        (row, n) ->
            new CallbackAudit(
                row.getString("kind"),
                row.getString("username"),
                row.getString("reason"),
                CallbackLine.instant(row, "acted_at")),
        caseNumber);
  }

  private void record(String caseNumber, String kind, String username, String reason, Instant at) {
    jdbc.update(
        "insert into callback_action (case_number, kind, username, reason, acted_at)"
            + " values (?, ?, ?, ?, ?)",
        caseNumber,
        kind,
        username,
        reason,
        utc(at));
  }
}
