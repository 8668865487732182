package fr.cci.hotline.cases.journal;

import fr.cci.hotline.ivr.CallArrived;
import fr.cci.hotline.support.DatabaseAvailability;
import fr.cci.hotline.telephony.ChannelHungUp;
import fr.cci.hotline.telephony.FallbackCallEnded;
import fr.cci.hotline.telephony.FallbackCallRecovered;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives every call the fallback queue handled its case, from the dialplan's own records read back
 * at each AMI connection: a call the service never heard of (it was down) gets a case opened and
 * closed as the queue ended it, « pris par la file de secours » with the member's advisor or
 * abandoned at {@code fallback}; a call whose case the service had opened gets it settled. Once per
 * call id, whatever the number of connections and instances: the first to record the call id in
 * {@code case_fallback_import} journals it. While the database is down nothing is recorded, without
 * waiting for it, and the next connection tries again (the dialplan keeps its records three days).
 */
@Component
class FallbackCallImport {

  private static final Logger log = LoggerFactory.getLogger(FallbackCallImport.class);

  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final CaseJournal journal;
  private final JdbcTemplate jdbc;
  private final DatabaseAvailability database;
  private final Clock clock;

  FallbackCallImport(
      CaseJournal journal, JdbcTemplate jdbc, DatabaseAvailability database, Clock clock) {
    this.journal = journal;
    this.jdbc = jdbc;
    this.database = database;
    this.clock = clock;
  }

  @EventListener
  void on(FallbackCallRecovered recovered) {
    FallbackCallEnded call = recovered.call();
    boolean known = recovered.caseNumber() != null;
    Instant arrivedAt = recovered.arrivedAt() != null ? recovered.arrivedAt() : call.at();
    String caseNumber = known ? recovered.caseNumber() : caseNumberOf(call.callId(), arrivedAt);
    if (!database.available()) {
      return; // known down: the PBX events' thread must not wait; the next connection retries
    }
    try {
      if (!recordedFirst(call.callId(), caseNumber)) {
        return;
      }
    } catch (DataAccessException unreachable) {
      if (DatabaseAvailability.noConnection(unreachable)) {
        database.markUnavailable(); // the other records of this reading do not wait either
      }
      log.warn(
          "A fallback queue call could not be imported ({}); the next AMI connection retries",
          unreachable.getClass().getSimpleName());
      return;
    }
    if (!known) {
      // The dialplan put the caller through to the fallback queue: served as on an open line.
      journal.append(
          caseNumber,
          arrivedAt,
          new CallArrived(
              call.callId(), caseNumber, recovered.callerNumber(), null, true, arrivedAt));
    }
    journal.append(caseNumber, call.at(), call);
    Instant endedAt = recovered.endedAt() != null ? recovered.endedAt() : call.at();
    journal.append(
        caseNumber, endedAt, new ChannelHungUp(call.callId(), null, null, 0, "", endedAt));
  }

  private boolean recordedFirst(String callId, String caseNumber) {
    try {
      return jdbc.update(
              "insert into case_fallback_import (call_id, case_number, imported_at)"
                  + " select ?, ?, ? where not exists"
                  + " (select 1 from case_fallback_import where call_id = ?)",
              callId,
              caseNumber,
              clock.instant().atOffset(ZoneOffset.UTC),
              callId)
          == 1;
    } catch (DuplicateKeyException anotherInstanceWasFirst) {
      return false;
    }
  }

  /**
   * A case number like the menu's ({@code CP-261127-7K3QF2M}), drawn from the call id rather than
   * at random, so that the same call always gets the same number.
   */
  static String caseNumberOf(String callId, Instant arrivedAt) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(callId.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
    StringBuilder number =
        new StringBuilder("CP-").append(DAY.format(arrivedAt.atZone(PARIS))).append('-');
    for (int i = 0; i < 7; i++) {
      number.append(CROCKFORD[(digest[i] & 0xff) % CROCKFORD.length]);
    }
    return number.toString();
  }
}
