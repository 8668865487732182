package fr.cci.hotline.routing.line;

import fr.cci.hotline.routing.line.WaitingEntry.State;
import fr.cci.hotline.telephony.LiveChannelsListed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The waiting line in the database, shared by all instances. State changes are conditional updates:
 * a row moves from one state to the next only if it is still where the caller expects.
 */
@Repository
public class WaitingLine {

  /** A waiting row whose instance has not beaten for this long belongs to a dead instance. */
  public static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(30);

  private static final RowMapper<WaitingEntry> ENTRY = WaitingLine::entry;
  private static final String COLUMNS =
      "call_id, case_number, department, arrived_at, previous_advisor, tried, state, advisor_id,"
          + " offered_at, ringing_channel, answered_at, instance_id, queued_at";

  private final JdbcTemplate jdbc;

  WaitingLine(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The caller joins the line now; returns their row as written. */
  public WaitingEntry join(WaitingEntry entry, Instant now) {
    jdbc.update(
        "insert into waiting_call (call_id, case_number, department, arrived_at, previous_advisor, tried,"
            + " state, instance_id, heartbeat_at, queued_at) values (?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, ?)",
        entry.callId(),
        entry.caseNumber(),
        entry.department(),
        utc(entry.arrivedAt()),
        entry.previousAdvisor(),
        joined(entry.tried()),
        entry.instanceId(),
        utc(now),
        utc(now));
    return entry.queuedAt(now);
  }

  public Optional<WaitingEntry> find(String callId) {
    return jdbc
        .query("select " + COLUMNS + " from waiting_call where call_id = ?", ENTRY, callId)
        .stream()
        .findFirst();
  }

  /** Waiting callers in arrival order, ignoring those whose instance stopped beating. */
  public List<WaitingEntry> waiting(Instant aliveSince) {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from waiting_call where state = 'WAITING' and heartbeat_at >= ? order by arrived_at, call_id",
        ENTRY,
        utc(aliveSince));
  }

  /** The caller's place: 1 + the waiting callers who arrived before. */
  public int position(String callId) {
    Integer ahead =
        jdbc.queryForObject(
            "select count(*) from waiting_call w, waiting_call me where me.call_id = ? and w.state = 'WAITING'"
                + " and (w.arrived_at < me.arrived_at or (w.arrived_at = me.arrived_at and w.call_id < me.call_id))",
            Integer.class,
            callId);
    return ahead == null ? 1 : ahead + 1;
  }

  /** WAITING → OFFERED to an advisor; false if the caller is no longer waiting. */
  public boolean offer(String callId, String advisorId, Instant now) {
    return jdbc.update(
            "update waiting_call set state = 'OFFERED', advisor_id = ?, offered_at = ?, ringing_channel = null"
                + " where call_id = ? and state = 'WAITING'",
            advisorId,
            utc(now),
            callId)
        == 1;
  }

  /**
   * The advisor did not take it: back to WAITING, in the same place, with the advisor tried, held
   * now by {@code instanceId} (the after-dial script may run on another instance).
   */
  public boolean requeue(String callId, String advisorId, String instanceId, Instant now) {
    WaitingEntry entry = find(callId).orElse(null);
    if (entry == null || entry.state() != State.OFFERED || !advisorId.equals(entry.advisorId())) {
      return false;
    }
    Set<String> tried = new LinkedHashSet<>(entry.tried());
    tried.add(advisorId);
    return jdbc.update(
            "update waiting_call set state = 'WAITING', advisor_id = null, offered_at = null, ringing_channel = null,"
                + " tried = ?, heartbeat_at = ?, instance_id = ? where call_id = ? and state = 'OFFERED'"
                + " and advisor_id = ?",
            joined(tried),
            utc(now),
            instanceId,
            callId,
            advisorId)
        == 1;
  }

  public void ringing(String callId, String channel) {
    jdbc.update(
        "update waiting_call set ringing_channel = ? where call_id = ? and state = 'OFFERED'",
        channel,
        callId);
  }

  /** OFFERED → CONNECTED; true for exactly one of the instances that see the answer. */
  public boolean connected(String callId, Instant now) {
    return jdbc.update(
            "update waiting_call set state = 'CONNECTED', answered_at = ? where call_id = ? and state = 'OFFERED'",
            utc(now),
            callId)
        == 1;
  }

  /**
   * WAITING → CALLBACK: the caller asked to be called back and confirms the number; no advisor is
   * offered to them meanwhile. False when an advisor was just reserved for them.
   */
  public boolean callback(String callId) {
    return jdbc.update(
            "update waiting_call set state = 'CALLBACK' where call_id = ? and state = 'WAITING'",
            callId)
        == 1;
  }

  /** CALLBACK → WAITING: no number was confirmed; the caller waits on, in the same place. */
  public boolean backToWaiting(String callId, Instant now) {
    return jdbc.update(
            "update waiting_call set state = 'WAITING', heartbeat_at = ? where call_id = ?"
                + " and state = 'CALLBACK'",
            utc(now),
            callId)
        == 1;
  }

  /** Removes the caller's row; true for the one instance that removed it. */
  public boolean leave(String callId) {
    return jdbc.update("delete from waiting_call where call_id = ?", callId) == 1;
  }

  /** The call currently offered to (ringing) an advisor, if any. */
  public Optional<WaitingEntry> offeredTo(String advisorId) {
    return jdbc
        .query(
            "select " + COLUMNS + " from waiting_call where state = 'OFFERED' and advisor_id = ?",
            ENTRY,
            advisorId)
        .stream()
        .findFirst();
  }

  /** Every caller of an instance is still there: one statement for all of them. */
  public void heartbeatOf(String instanceId, Instant now) {
    jdbc.update(
        "update waiting_call set heartbeat_at = ? where instance_id = ?"
            + " and state in ('WAITING', 'CALLBACK')",
        utc(now),
        instanceId);
  }

  /** Calls of this instance that an advisor was reserved for: call id → advisor id. */
  public Map<String, String> offeredOn(String instanceId) {
    Map<String, String> offered = new HashMap<>();
    jdbc.query(
        "select call_id, advisor_id from waiting_call where state = 'OFFERED' and instance_id = ?",
        row -> {
          offered.put(row.getString("call_id"), row.getString("advisor_id"));
        },
        instanceId);
    return offered;
  }

  /**
   * Rows offered long ago whose caller never dialled: their instance died between offer and Dial.
   */
  public List<WaitingEntry> staleOffers(Instant offeredBefore, Instant aliveSince) {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from waiting_call where state = 'OFFERED' and offered_at < ? and ringing_channel is null"
            + " and heartbeat_at < ?",
        ENTRY,
        utc(offeredBefore),
        utc(aliveSince));
  }

  /** Rows of calls that the PBX's list shows ended (while the AMI link was down). */
  public List<String> endedAmong(LiveChannelsListed live) {
    List<String> ended = new ArrayList<>();
    jdbc.query(
        "select call_id, arrived_at from waiting_call",
        row -> {
          String callId = row.getString("call_id");
          if (live.showsEnded(callId, instant(row, "arrived_at"))) {
            ended.add(callId);
          }
        });
    return ended;
  }

  /** Takes this instance's turn to dispatch: held until the surrounding transaction ends. */
  public void lockForDispatch() {
    jdbc.queryForObject("select id from dispatch_lock where id = 1 for update", Integer.class);
  }

  private static String joined(Set<String> advisors) {
    return String.join(",", advisors);
  }

  private static WaitingEntry entry(ResultSet row, int number) throws SQLException {
    String tried = row.getString("tried");
    return new WaitingEntry(
        row.getString("call_id"),
        row.getString("case_number"),
        row.getString("department"),
        instant(row, "arrived_at"),
        row.getString("previous_advisor"),
        tried == null || tried.isEmpty()
            ? Set.of()
            : Arrays.stream(tried.split(",")).collect(Collectors.toCollection(LinkedHashSet::new)),
        State.valueOf(row.getString("state")),
        row.getString("advisor_id"),
        instant(row, "offered_at"),
        row.getString("ringing_channel"),
        instant(row, "answered_at"),
        row.getString("instance_id"),
        instant(row, "queued_at"));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
