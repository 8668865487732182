package fr.cci.hotline.routing.callback;

import fr.cci.hotline.routing.CallbackRequested;
import fr.cci.hotline.telephony.CallerNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The call-backs in the database, shared by every instance: stored once confirmed, read in the
 * waiting line's order, and offered to an advisor by a conditional update that only one dispatch
 * pass can win.
 */
@Repository
public class CallbackLine {

  static final String COLUMNS =
      "case_number, phone_number, department, previous_advisor, arrived_at, requested_at, reason,"
          + " state, due_at, attempts, tried, advisor_id, channel_id, attempt_started_at,"
          + " answered_at, last_outcome, ended_at";

  static final RowMapper<Callback> CALLBACK = CallbackLine::callback;

  private static final RowMapper<CallbackAttempt> ATTEMPT =
      (row, n) ->
          new CallbackAttempt(
              row.getString("channel_id"),
              row.getString("case_number"),
              row.getString("advisor_id"),
              instant(row, "started_at"),
              row.getString("advisor_outcome"),
              row.getString("owner_outcome"),
              instant(row, "ended_at"));

  private final JdbcTemplate jdbc;

  CallbackLine(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void store(Callback callback) {
    jdbc.update(
        "insert into callback (case_number, phone_number, department, previous_advisor, arrived_at,"
            + " requested_at, reason, state, due_at, attempts, tried) values"
            + " (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, 0, '')",
        callback.caseNumber(),
        callback.number().value(),
        callback.department(),
        callback.previousAdvisor(),
        utc(callback.arrivedAt()),
        utc(callback.requestedAt()),
        callback.reason().name(),
        utc(callback.dueAt()));
  }

  public Optional<Callback> find(String caseNumber) {
    return first(
        jdbc.query(
            "select " + COLUMNS + " from callback where case_number = ?", CALLBACK, caseNumber));
  }

  /** The call-back whose attempt in progress (or answered one) is this advisor leg. */
  public Optional<Callback> findByChannel(String channelId) {
    return first(
        jdbc.query(
            "select " + COLUMNS + " from callback where channel_id = ?", CALLBACK, channelId));
  }

  /** Pending call-backs whose time has come, in the waiting line's order. */
  public List<Callback> due(Instant now) {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from callback where state = 'PENDING' and due_at <= ? order by arrived_at,"
            + " case_number",
        CALLBACK,
        utc(now));
  }

  /** Call-backs in these states, oldest arrival first. */
  public List<Callback> inStates(Collection<CallbackState> states) {
    if (states.isEmpty()) {
      return List.of();
    }
    String marks = states.stream().map(state -> "?").collect(Collectors.joining(", "));
    return jdbc.query(
        "select "
            + COLUMNS
            + " from callback where state in ("
            + marks
            + ") order by arrived_at, case_number",
        CALLBACK,
        states.stream().map(Enum::name).toArray());
  }

  /**
   * Call-backs whose advisor leg may still be up: an attempt under way, or the owner reached and
   * the talk not yet over.
   */
  List<Callback> withLegs() {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from callback where state in ('RINGING', 'ANSWERED', 'DIALLING')"
            + " or (state = 'DONE' and ended_at is null)",
        CALLBACK);
  }

  /**
   * Attempts ringing an advisor since before {@code startedBefore}: their Originate is long over.
   */
  List<Callback> ringingSince(Instant startedBefore) {
    return jdbc.query(
        "select " + COLUMNS + " from callback where state = 'RINGING' and attempt_started_at < ?",
        CALLBACK,
        utc(startedBefore));
  }

  /** Every ring of an advisor's phone for this call-back, oldest first. */
  public List<CallbackAttempt> attempts(String caseNumber) {
    return jdbc.query(
        "select * from callback_attempt where case_number = ? order by started_at, channel_id",
        ATTEMPT,
        caseNumber);
  }

  Optional<CallbackAttempt> attempt(String channelId) {
    return first(
        jdbc.query("select * from callback_attempt where channel_id = ?", ATTEMPT, channelId));
  }

  /**
   * PENDING → RINGING for this advisor and leg, with the attempt written down; false when the
   * call-back is no longer pending (another pass, a cancellation). Run inside the dispatch pass.
   */
  public boolean offer(String caseNumber, String advisorId, String channelId, Instant now) {
    boolean offered =
        jdbc.update(
                "update callback set state = 'RINGING', advisor_id = ?, channel_id = ?,"
                    + " attempt_started_at = ? where case_number = ? and state = 'PENDING'",
                advisorId,
                channelId,
                utc(now),
                caseNumber)
            == 1;
    if (offered) {
      jdbc.update(
          "insert into callback_attempt (channel_id, case_number, advisor_id, started_at)"
              + " values (?, ?, ?, ?)",
          channelId,
          caseNumber,
          advisorId,
          utc(now));
    }
    return offered;
  }

  private static <T> Optional<T> first(List<T> rows) {
    return rows.stream().findFirst();
  }

  private static Callback callback(ResultSet row, int number) throws SQLException {
    String tried = row.getString("tried");
    String phone = row.getString("phone_number");
    return new Callback(
        row.getString("case_number"),
        phone == null ? CallerNumber.HIDDEN : CallerNumber.of(phone),
        row.getString("department"),
        row.getString("previous_advisor"),
        instant(row, "arrived_at"),
        instant(row, "requested_at"),
        CallbackRequested.Reason.valueOf(row.getString("reason")),
        CallbackState.valueOf(row.getString("state")),
        instant(row, "due_at"),
        row.getInt("attempts"),
        split(tried),
        row.getString("advisor_id"),
        row.getString("channel_id"),
        instant(row, "attempt_started_at"),
        instant(row, "answered_at"),
        row.getString("last_outcome"),
        instant(row, "ended_at"));
  }

  static Set<String> split(String joined) {
    return joined == null || joined.isEmpty()
        ? Set.of()
        : Arrays.stream(joined.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
