package fr.cci.hotline.routing.line;

import fr.cci.hotline.routing.WaitingCaller;
import fr.cci.hotline.routing.WaitingCallers;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link WaitingCallers} read from the shared waiting line in one query. */
@Component
class StoredWaitingCallers implements WaitingCallers {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  StoredWaitingCallers(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Offered rows stop beating while the phone rings (the after-dial script or the answer settles
   * them), so only waiting rows are judged by their heartbeat.
   */
  @Override
  public List<WaitingCaller> now() {
    OffsetDateTime aliveSince =
        clock.instant().minus(WaitingLine.HEARTBEAT_TIMEOUT).atOffset(ZoneOffset.UTC);
    return jdbc.query(
        "select department, coalesce(queued_at, arrived_at) as queued, state from waiting_call"
            + " where state = 'OFFERED' or (state = 'WAITING' and heartbeat_at >= ?)"
            + " order by queued, call_id",
        (row, n) ->
            new WaitingCaller(
                row.getString("department"),
                row.getObject("queued", OffsetDateTime.class).toInstant(),
                "OFFERED".equals(row.getString("state"))),
        aliveSince);
  }
}
