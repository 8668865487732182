package fr.cci.hotline.advisors.presence;

import fr.cci.hotline.advisors.Advisor;
import fr.cci.hotline.advisors.AdvisorStatus;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.telephony.DeviceState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code advisor_presence} table, in plain SQL: every transition is one conditional update
 * whose row count tells whether this instance won, which JPA's dirty checking would hide.
 */
@Repository
public class PresenceTable {

  private static final String ROW =
      "select p.*, a.name, a.chamber, a.phone, a.active"
          + " from advisor_presence p join advisor a on a.id = p.advisor_id ";

  private static final String STATUS =
      "select p.*, a.name, a.chamber, a.phone, a.active, d.department"
          + " from advisor a join advisor_presence p on p.advisor_id = a.id"
          + " left join advisor_department d on d.advisor_id = a.id ";

  private static final String REPLACE =
      "update advisor_presence set state = :state, pause_reason = :reason, state_since = :since,"
          + " idle_since = :idleSince, wrap_up_until = :wrapUpUntil, current_call = :call,"
          + " current_leg = :leg, consecutive_no_answers = :noAnswers, after_call = :afterCall,"
          + " version = version + 1"
          + " where advisor_id = :id and state = :fromState and version = :version";

  /** A reservation also needs the phone to be able to ring, as stored at the very moment. */
  private static final String REACHABLE_AND_ACTIVE =
      " and registered = true and device_state in ('NOT_INUSE', 'UNKNOWN')"
          + " and exists (select 1 from advisor a"
          + " where a.id = advisor_presence.advisor_id and a.active = true)";

  private final JdbcClient jdbc;

  PresenceTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new advisor starts offline; registration is assumed until the PBX says otherwise. */
  public void insertOffline(String advisorId, Instant now) {
    jdbc.sql(
            "insert into advisor_presence (advisor_id, state, state_since, idle_since,"
                + " consecutive_no_answers, device_state, registered, version)"
                + " values (:id, 'OFFLINE', :now, :now, 0, 'UNKNOWN', true, 0)")
        .param("id", advisorId)
        .param("now", timestamp(now))
        .update();
  }

  public Optional<PresenceRow> find(String advisorId) {
    return jdbc.sql(ROW + "where p.advisor_id = :id")
        .param("id", advisorId)
        .query(PresenceTable::row)
        .optional();
  }

  /** The active advisors whose phone is this dial string ({@code PJSIP/adv101}). */
  public List<PresenceRow> findByPhone(String phone) {
    return jdbc.sql(ROW + "where a.phone = :phone and a.active = true")
        .param("phone", phone)
        .query(PresenceTable::row)
        .list();
  }

  /** Advisors whose current call or leg is this channel. */
  public List<PresenceRow> findByChannel(String uniqueId) {
    return jdbc.sql(ROW + "where p.current_leg = :id or p.current_call = :id")
        .param("id", uniqueId)
        .query(PresenceTable::row)
        .list();
  }

  /** Advisors ringing or talking. */
  public List<PresenceRow> findInCalls() {
    return jdbc.sql(ROW + "where p.state in ('RINGING', 'ON_CALL')")
        .query(PresenceTable::row)
        .list();
  }

  List<PresenceRow> findWrapUpsOver(Instant now) {
    return jdbc.sql(ROW + "where p.state = 'WRAP_UP' and p.wrap_up_until <= :now")
        .param("now", timestamp(now))
        .query(PresenceTable::row)
        .list();
  }

  boolean anyoneLoggedIn() {
    return jdbc.sql(
                "select count(*) from advisor_presence p join advisor a on a.id = p.advisor_id"
                    + " where a.active = true and p.state <> 'OFFLINE'")
            .query(Long.class)
            .single()
        > 0;
  }

  /** Every advisor, active or not, for resynchronising the fallback queue. */
  public List<PresenceRow> findAll() {
    return jdbc.sql(ROW + "order by a.id").query(PresenceTable::row).list();
  }

  /**
   * Writes {@code next} if the row is still {@code current}.
   *
   * @return false when another transition (here or on another instance) came first
   */
  boolean replace(PresenceRow current, PresenceRow next, boolean reservation) {
    PresenceRow.Status status = next.status();
    PresenceState afterCall = next.call().afterCall();
    return jdbc.sql(reservation ? REPLACE + REACHABLE_AND_ACTIVE : REPLACE)
            .param("state", status.state().name())
            .param("reason", status.pauseReason(), Types.VARCHAR)
            .param("since", timestamp(status.since()))
            .param("idleSince", timestamp(next.standing().idleSince()))
            .param("wrapUpUntil", timestamp(status.wrapUpUntil()), Types.TIMESTAMP_WITH_TIMEZONE)
            .param("call", next.call().id(), Types.VARCHAR)
            .param("leg", next.call().leg(), Types.VARCHAR)
            .param("noAnswers", next.standing().consecutiveNoAnswers())
            .param("afterCall", afterCall == null ? null : afterCall.name(), Types.VARCHAR)
            .param("id", current.advisor().id())
            .param("fromState", current.state().name())
            .param("version", current.version())
            .update()
        == 1;
  }

  /**
   * Stores what the PBX says about the phone if it still holds what {@code current} read, so that
   * when two instances handle the same AMI event only one reports the change.
   */
  boolean updatePhone(
      PresenceRow current, DeviceState device, boolean registered, Instant reportedAt) {
    if (reportedAt == null) {
      return updatePhoneNow(current, device, registered);
    }
    return jdbc.sql(
                "update advisor_presence set device_state = :device, registered = :registered,"
                    + " phone_reported_at = :reportedAt"
                    + " where advisor_id = :id and device_state = :oldDevice"
                    + " and registered = :oldRegistered"
                    + " and (phone_reported_at is null or phone_reported_at <= :reportedAt)")
            .param("device", device.name())
            .param("registered", registered)
            .param("reportedAt", timestamp(reportedAt))
            .param("id", current.advisor().id())
            .param("oldDevice", current.phone().deviceState().name())
            .param("oldRegistered", current.phone().registered())
            .update()
        == 1;
  }

  /** A report without a time (a resync's list) states what holds now: it always applies. */
  private boolean updatePhoneNow(PresenceRow current, DeviceState device, boolean registered) {
    return jdbc.sql(
                "update advisor_presence set device_state = :device, registered = :registered"
                    + " where advisor_id = :id and device_state = :oldDevice"
                    + " and registered = :oldRegistered")
            .param("device", device.name())
            .param("registered", registered)
            .param("id", current.advisor().id())
            .param("oldDevice", current.phone().deviceState().name())
            .param("oldRegistered", current.phone().registered())
            .update()
        == 1;
  }

  /** Active advisors with their presence and départements, in one query. */
  List<AdvisorStatus> statuses() {
    return statuses(jdbc.sql(STATUS + "where a.active = true order by a.id"));
  }

  Optional<AdvisorStatus> status(String advisorId) {
    return statuses(jdbc.sql(STATUS + "where a.id = :id").param("id", advisorId)).stream()
        .findFirst();
  }

  private static List<AdvisorStatus> statuses(JdbcClient.StatementSpec query) {
    Map<String, PresenceRow> rows = new LinkedHashMap<>();
    Map<String, Set<String>> departments = new LinkedHashMap<>();
    query.query(
        (RowCallbackHandler)
            rs -> {
              PresenceRow row = row(rs, 0);
              rows.putIfAbsent(row.advisor().id(), row);
              Set<String> served =
                  departments.computeIfAbsent(row.advisor().id(), id -> new HashSet<>());
              String department = rs.getString("department");
              if (department != null) {
                served.add(department);
              }
            });
    List<AdvisorStatus> statuses = new ArrayList<>(rows.size());
    rows.forEach((id, row) -> statuses.add(status(row, departments.get(id))));
    return statuses;
  }

  private static AdvisorStatus status(PresenceRow row, Set<String> departments) {
    PresenceRow.Identity identity = row.advisor();
    PresenceRow.Status status = row.status();
    Advisor advisor =
        new Advisor(
            identity.id(),
            identity.name(),
            identity.chamber(),
            identity.phone(),
            departments,
            identity.active());
    return new AdvisorStatus(
        advisor,
        status.state(),
        status.state() == PresenceState.PAUSED ? status.pauseReason() : null,
        status.since(),
        row.standing().idleSince(),
        status.wrapUpUntil(),
        row.phone().deviceState(),
        row.phone().registered(),
        row.call().id());
  }

  private static PresenceRow row(ResultSet rs, int rowNumber) throws SQLException {
    String afterCall = rs.getString("after_call");
    return new PresenceRow(
        new PresenceRow.Identity(
            rs.getString("advisor_id"),
            rs.getString("chamber"),
            rs.getString("name"),
            rs.getString("phone"),
            rs.getBoolean("active")),
        new PresenceRow.Status(
            PresenceState.valueOf(rs.getString("state")),
            rs.getString("pause_reason"),
            instant(rs, "state_since"),
            instant(rs, "wrap_up_until")),
        new PresenceRow.Standing(instant(rs, "idle_since"), rs.getInt("consecutive_no_answers")),
        new PresenceRow.Call(
            rs.getString("current_call"),
            rs.getString("current_leg"),
            afterCall == null ? null : PresenceState.valueOf(afterCall)),
        new PresenceRow.Phone(
            DeviceState.parse(rs.getString("device_state")), rs.getBoolean("registered")),
        rs.getLong("version"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Cut to microseconds, which both databases keep, rather than letting them round. */
  private static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }
}
