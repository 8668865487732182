package fr.cci.hotline.supervision;

import static fr.cci.hotline.testing.MenuKeys.CALL_ME_BACK;
import static fr.cci.hotline.testing.MenuKeys.CALVADOS;
import static fr.cci.hotline.testing.MenuKeys.SEINE_MARITIME;
import static fr.cci.hotline.testing.MenuKeys.THAT_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.routing.WaitingCallers;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.simulator.SimulatedCall;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.PbxTestSupport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One scripted morning on the PBX simulator with the clock standing still between the test's moves,
 * so that every wait is exact: six callers join the line — one leaves after 20 s, one after 2 s (a
 * short abandon), one asks to be called back, three are answered after 0, 25 and 85 s — and the
 * meters, the wallboard, the report and its CSV file all say the same.
 */
class QueueFiguresScenarioTests extends PbxTestSupport {

  /** A Friday at ten in Paris: no other test's calls on that day. */
  private static final Instant MORNING = Instant.parse("2026-11-27T09:00:00Z");

  private static final String DAY = "2026-11-27";

  @Autowired MeterRegistry meters;
  @Autowired WaitingCallers line;
  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;
  @LocalServerPort int port;
  @LocalManagementPort int managementPort;

  private final List<SimulatedCall> calls = new java.util.ArrayList<>();

  @BeforeEach
  void theClockStandsStillOnAFridayMorning() {
    clock.freezeAt(MORNING);
  }

  @AfterEach
  void everyoneHangsUpAndTheClockRunsAgain() {
    calls.forEach(SimulatedCall::hangUp);
    clock.setTo(OPEN_HOURS);
  }

  @Test
  void theMetersTheWallboardAndTheReportCountTheSameMorningExactly() {
    Readings before = new Readings();

    SimulatedCall leavesAfter20s = place("0622900001", SEINE_MARITIME);
    SimulatedCall leavesAfter2s = place("0622900002", CALVADOS);
    SimulatedCall callMeBack =
        place(
            tresorerieCaller("0622900003", CALVADOS)
                .pressWhenAsked(CALL_ME_BACK)
                .pressWhenAsked(THAT_NUMBER));
    caseOf(callMeBack, found -> found.status() == CaseStatus.CALLBACK_PENDING);
    notBeforeTheAfternoon(callMeBack);
    await().atMost(Duration.ofSeconds(15)).until(() -> line.now().size() == 2);

    clock.advance(Duration.ofSeconds(2));
    hangUp(leavesAfter2s);
    clock.advance(Duration.ofSeconds(18));
    awaitGauge("hotline.calls.waiting", "department", "76", 1);
    awaitGauge("hotline.calls.longest.wait", "department", "76", 20);
    awaitGauge("hotline.calls.waiting", "department", "14", 0);
    hangUp(leavesAfter20s);

    List<SimulatedCall> answered =
        List.of(
            place("0622900004", CALVADOS),
            place("0622900005", CALVADOS),
            place("0622900006", CALVADOS));
    await().atMost(Duration.ofSeconds(15)).until(() -> line.now().size() == 3);
    answers("adv101", answered, 1);
    clock.advance(Duration.ofSeconds(25));
    answers("adv102", answered, 2);
    clock.advance(Duration.ofSeconds(60));
    answers("adv103", answered, 3);
    clock.advance(Duration.ofSeconds(30));
    answered.forEach(this::hangUp);
    answered.forEach(call -> caseOf(call, found -> found.timeline().talkSeconds() != null));

    awaitGauge("hotline.callbacks.pending", null, null, before.callbacksPending + 1);
    Readings after = new Readings();
    assertThat(after.minus(before))
        .containsExactly(
            6, // offered
            5, // offered in the Calvados
            3, // answered
            2, // answered by CCI Caen Normandie
            2, // abandoned
            1, // short abandons
            1, // call-backs asked while waiting
            3, // waits timed
            110, // seconds waited by answered calls: 0 + 25 + 85
            2, // within the 60 s bucket
            1); // call-backs pending
    awaitGauge("hotline.calls.waiting", "department", "14", 0);
    awaitGauge("hotline.service.level", "department", "all", 2.0 / 5);
    awaitGauge("hotline.service.level", "department", "14", 2.0 / 4);
    awaitGauge("hotline.service.level", "department", "76", 0.0);
    assertThat(prometheus())
        .contains(
            "hotline_calls_offered_total{chamber=\"rouen\",department=\"76\"} "
                + after.offeredIn("76", "rouen"),
            "hotline_wait_seconds_bucket{department=\"14\",le=\"60.0\"} "
                + (long) after.waitsWithin60s);

    Browser supervisor = screens().signedIn(Role.SUPERVISOR);
    String wallboard = SupervisorScreens.page(supervisor, "/supervision/wallboard");
    assertThat(SupervisorScreens.row(wallboard, "today-all"))
        .containsExactly("Tous les appels", "6", "3", "2", "1", "40 %", "0:37", "33,3 %");
    assertThat(SupervisorScreens.row(wallboard, "today-department-14"))
        .containsExactly("14 — Calvados", "5", "3", "1", "1", "50 %", "0:37", "20 %");

    String report =
        SupervisorScreens.page(
            supervisor, "/supervision/reports?period=day&date=" + DAY + "&by=department");
    assertThat(SupervisorScreens.row(report, "row-all"))
        .containsExactly(
            "Tous les appels", "6", "6", "3", "2", "1", "1", "40 %", "0:37", "33,3 %", "1:18");
    assertThat(SupervisorScreens.row(report, "row-76"))
        .containsExactly(
            "76 — Seine-Maritime", "1", "1", "0", "1", "0", "0", "0 %", "—", "100 %", "—");

    String csv = csv(supervisor, "/supervision/reports.csv?period=day&date=" + DAY);
    assertThat(csv.lines())
        .contains(
            "27/11/2026;27/11/2026;Département;14 — Calvados;5;5;3;1;1;1;50;36,7;20;78,3",
            "27/11/2026;27/11/2026;Département;Tous les appels;6;6;3;2;1;1;40;36,7;33,3;78,3");
  }

  /** The fields the test compares before and after, in a fixed order. */
  private final class Readings {
    final double offered = counters("hotline.calls.offered");
    final double offeredIn14 = counter("hotline.calls.offered", "department", "14");
    final double answered = counters("hotline.calls.answered");
    final double answeredByCaen = counter("hotline.calls.answered", "chamber", "caen");
    final double abandoned = counters("hotline.calls.abandoned");
    final double shortAbandons = counters("hotline.calls.abandoned.short");
    final double callbacks = counter("hotline.callbacks.requested", "reason", "waiting");
    final double waits = timer().map(Timer::count).orElse(0L);
    final double waited = timer().map(t -> t.totalTime(TimeUnit.SECONDS)).orElse(0.0);
    final double waitsWithin60s = timer().map(this::within60s).orElse(0.0);
    final double callbacksPending = meters.get("hotline.callbacks.pending").gauge().value();

    double[] values() {
      return new double[] {
        offered,
        offeredIn14,
        answered,
        answeredByCaen,
        abandoned,
        shortAbandons,
        callbacks,
        waits,
        waited,
        waitsWithin60s,
        callbacksPending
      };
    }

    List<Integer> minus(Readings before) {
      double[] now = values();
      double[] then = before.values();
      return IntStream.range(0, now.length)
          .mapToObj(i -> (int) Math.round(now[i] - then[i]))
          .toList();
    }

    long offeredIn(String department, String chamber) {
      return Math.round(
          meters
              .get("hotline.calls.offered")
              .tags("department", department, "chamber", chamber)
              .counter()
              .count());
    }

    private java.util.Optional<Timer> timer() {
      return java.util.Optional.ofNullable(
          meters.find("hotline.wait").tags("department", "14").timer());
    }

    private double within60s(Timer timer) {
      return Arrays.stream(timer.takeSnapshot().histogramCounts())
          .filter(bucket -> bucket.bucket(TimeUnit.SECONDS) == 60)
          .mapToDouble(CountAtBucket::count)
          .sum();
    }
  }

  private double counters(String name) {
    return meters.find(name).counters().stream().mapToDouble(Counter::count).sum();
  }

  private double counter(String name, String tag, String value) {
    return meters.find(name).tag(tag, value).counters().stream().mapToDouble(Counter::count).sum();
  }

  /** A gauge reads the database through a short cache: it shows a change within seconds. */
  private void awaitGauge(String name, String tag, String value, double expected) {
    Gauge gauge = tag == null ? meters.get(name).gauge() : meters.get(name).tag(tag, value).gauge();
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () -> assertThat(gauge.value()).as(name + "{" + value + "}").isEqualTo(expected));
  }

  private SimulatedCall place(String number, String department) {
    return place(tresorerieCaller(number, department));
  }

  private SimulatedCall place(CallerScript script) {
    SimulatedCall call = pbx.call(script);
    calls.add(call);
    caseOf(call, found -> found.timeline().queuedAt() != null);
    return call;
  }

  /**
   * The advisor logs in, answers the next of these callers and stays on the line with them; then
   * asks to log out, which takes effect when that call ends.
   */
  private void answers(String advisorId, List<SimulatedCall> callers, int answeredSoFar) {
    pbx.advisor(advisorId).registered().answersAfter(Duration.ofSeconds(1), Duration.ofHours(10));
    presence.logIn(advisorId, clock.instant());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> callers.stream().filter(this::answered).count() == answeredSoFar);
    presence.logOut(advisorId, clock.instant());
  }

  /**
   * The call-back stays pending through the morning, as one whose first attempt found nobody: else
   * it would take the first advisor free, ahead of the live callers (see CallbackCallTests).
   */
  private void notBeforeTheAfternoon(SimulatedCall call) {
    String caseNumber = call.variable("HOTLINE_CASE").orElseThrow();
    int updated =
        new JdbcTemplate(dataSource)
            .update(
                "update callback set due_at = ? where case_number = ?",
                Timestamp.from(MORNING.plus(Duration.ofHours(5))),
                caseNumber);
    assertThat(updated).isEqualTo(1);
  }

  private boolean answered(SimulatedCall call) {
    return call.variable("HOTLINE_CASE")
        .flatMap(cases::find)
        .map(found -> found.timeline().answeredAt() != null)
        .orElse(false);
  }

  private void hangUp(SimulatedCall call) {
    call.hangUp();
    ended(call);
    caseOf(call, found -> found.timeline().endedAt() != null);
  }

  private CaseDetails caseOf(SimulatedCall call, Predicate<CaseDetails> until) {
    return await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () -> call.variable("HOTLINE_CASE").flatMap(cases::find).orElse(null),
            found -> found != null && until.test(found));
  }

  private SupervisorScreens screens() {
    return new SupervisorScreens(port, dataSource, passwords);
  }

  private String prometheus() {
    return new Browser(managementPort).get("/actuator/prometheus").body();
  }

  private static String csv(Browser browser, String path) {
    byte[] body = browser.get(path).body().getBytes(StandardCharsets.UTF_8);
    return new String(body, StandardCharsets.UTF_8);
  }
}
