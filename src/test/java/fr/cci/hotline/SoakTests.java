package fr.cci.hotline;

import static fr.cci.hotline.testing.MenuKeys.CALL_ME_BACK;
import static fr.cci.hotline.testing.MenuKeys.NORMANDY;
import static fr.cci.hotline.testing.MenuKeys.PARIS;
import static fr.cci.hotline.testing.MenuKeys.THAT_NUMBER;
import static fr.cci.hotline.testing.MenuKeys.TOPICS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.advisors.AdvisorStatus;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.simulator.CallerScript;
import fr.cci.hotline.simulator.SimulatedCall;
import fr.cci.hotline.testing.PbxTestSupport;
import fr.cci.hotline.testing.Reinforcements;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Ten thousand calls in compressed time through the PBX simulator (twenty times real time), mixed
 * as a busy season mixes them: answered, abandoned in the line, call-backs carried out, hang-ups in
 * the menu, callers from outside Normandy, and advisors who step away from their desk (their phone
 * rings unanswered, they are paused for it and resume). Afterwards no case is missing, none is left
 * open, no advisor is stuck, and the heap after a full GC stays flat over the second half.
 *
 * <p>Not part of the default build (it takes about twenty minutes on two cores): {@code ./mvnw -B
 * test -Dtest=SoakTests -Dhotline.soak=true}. The figures go to {@code target/soak/report.txt}.
 */
@Tag("soak")
@TestPropertySource(
    properties = {
      // The embedded default, on file: the cases live on disk, not in the heap being watched.
      "spring.datasource.url=jdbc:h2:file:./target/soak/hotline-${random.uuid}",
      "logging.level.fr.cci.hotline=WARN",
    })
class SoakTests extends PbxTestSupport {

  private static final Logger log = LoggerFactory.getLogger(SoakTests.class);

  private static final int CALLS = Integer.getInteger("hotline.soak.calls", 10_000);
  private static final int AT_ONCE = 60;
  private static final int SAMPLE_EVERY = 500;
  private static final int REINFORCEMENTS = 22;

  /** Heap growth over the second half that would mean something keeps every call. */
  private static final long FLAT_WITHIN_BYTES = 16L * 1024 * 1024;

  @LocalServerPort int port;

  private final Random random = new Random(20261130);
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

  @Test
  void tenThousandMixedCallsLoseNoCaseLeaveNoAdvisorStuckAndKeepTheHeapFlat() throws Exception {
    assumeThat(Boolean.getBoolean("hotline.soak"))
        .as("soak run on demand: -Dhotline.soak=true")
        .isTrue();
    List<String> team = new ArrayList<>(List.of("adv101", "adv102", "adv103", "adv105"));
    team.addAll(List.of("adv106", "adv107", "adv109", "adv110"));
    team.addAll(Reinforcements.add(port, REINFORCEMENTS));
    for (String advisor : team) {
      answersPromptly(advisor);
      presence.logIn(advisor, clock.instant());
    }

    ScheduledExecutorService desks = Executors.newSingleThreadScheduledExecutor();
    desks.scheduleWithFixedDelay(() -> someoneStepsAway(team), 2, 2, TimeUnit.SECONDS);
    desks.scheduleWithFixedDelay(this::pausedAdvisorsResume, 1, 1, TimeUnit.SECONDS);
    List<Ended> ended = new ArrayList<>();
    Map<Integer, Long> heapAfterGc = new TreeMap<>();
    long started = System.nanoTime();
    try {
      ended.addAll(placeAll(heapAfterGc));
    } finally {
      desks.shutdownNow();
      desks.awaitTermination(5, TimeUnit.SECONDS);
    }
    team.forEach(this::answersPromptly);
    pausedAdvisorsResume();
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    Map<CaseStatus, Integer> statuses = everyCallHasItsCaseAndItIsSettled(ended);
    noAdvisorIsStuck();
    String report = report(ended.size(), took, statuses, heapAfterGc);
    Files.createDirectories(Path.of("target/soak"));
    Files.writeString(Path.of("target/soak/report.txt"), report);
    log.warn("Soak:\n{}", report);
    theHeapIsFlatOverTheSecondHalf(heapAfterGc);
  }

  /** Keeps {@link #AT_ONCE} calls in progress until all are placed; samples the heap as it goes. */
  private List<Ended> placeAll(Map<Integer, Long> heapAfterGc) throws InterruptedException {
    Semaphore lines = new Semaphore(AT_ONCE);
    ConcurrentLinkedQueue<Ended> ended = new ConcurrentLinkedQueue<>();
    ExecutorService waiters = Executors.newFixedThreadPool(AT_ONCE);
    try {
      for (int i = 0; i < CALLS; i++) {
        lines.acquire();
        SimulatedCall call = pbx.call(nextCaller(i));
        waiters.execute(
            () -> {
              try {
                ended.add(Ended.of(call.awaitEnd(Duration.ofMinutes(5))));
              } finally {
                lines.release();
              }
            });
        if ((i + 1) % SAMPLE_EVERY == 0) {
          heapAfterGc.put(i + 1, heapAfterFullGc());
          log.warn(
              "Soak: {} calls placed, heap after GC {} MB", i + 1, heapAfterGc.get(i + 1) >> 20);
        }
      }
      lines.acquire(AT_ONCE);
    } finally {
      waiters.shutdown();
    }
    return List.copyOf(ended);
  }

  /** The season's mix, from a fixed seed. */
  private CallerScript nextCaller(int i) {
    String number = String.format("06%08d", 30_000_000 + i);
    String topic = TOPICS.get(random.nextInt(TOPICS.size()));
    String place = NORMANDY.get(random.nextInt(NORMANDY.size()));
    CallerScript caller = CallerScript.from(number).stayQuiet().stayQuiet().pressWhenAsked(topic);
    double kind = random.nextDouble();
    if (kind < 0.60) {
      return caller.pressWhenAsked(place);
    }
    if (kind < 0.75) {
      return caller
          .pressWhenAsked(place)
          .hangUpAfterWaiting(Duration.ofSeconds(5 + random.nextInt(60)));
    }
    if (kind < 0.85) {
      pbx.outsideNumber(number)
          .answersAfter(Duration.ofSeconds(3), Duration.ofSeconds(30 + random.nextInt(60)));
      return caller.pressWhenAsked(place).pressWhenAsked(CALL_ME_BACK).pressWhenAsked(THAT_NUMBER);
    }
    if (kind < 0.95) {
      return caller.hangUpDuringCommand(6 + random.nextInt(6));
    }
    return caller.pressWhenAsked(PARIS);
  }

  private void answersPromptly(String advisor) {
    pbx.advisor(advisor)
        .registered()
        .answersAfter(
            Duration.ofSeconds(2 + random.nextInt(5)), Duration.ofSeconds(30 + random.nextInt(90)));
  }

  /** An advisor leaves their desk a moment: their phone rings unanswered until they are back. */
  private void someoneStepsAway(List<String> team) {
    String away = team.get(random.nextInt(team.size()));
    pbx.advisor(away).neverAnswers();
    CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS).execute(() -> answersPromptly(away));
  }

  /** A supervisor resumes whoever was paused (after two missed offers). */
  private void pausedAdvisorsResume() {
    presence.statuses().stream()
        .filter(status -> status.state() == PresenceState.PAUSED)
        .forEach(status -> presence.resume(status.advisor().id(), clock.instant()));
  }

  private Map<CaseStatus, Integer> everyCallHasItsCaseAndItIsSettled(List<Ended> ended) {
    assertThat(ended).hasSize(CALLS);
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> unsettled(ended).isEmpty());
    Map<CaseStatus, Integer> statuses = new EnumMap<>(CaseStatus.class);
    for (Ended call : ended) {
      String number = call.caseNumber();
      assertThat(number).as("case number of %s", call.uniqueId()).isNotBlank();
      CaseDetails found = cases.find(number).orElseThrow();
      statuses.merge(found.status(), 1, Integer::sum);
    }
    return statuses;
  }

  /** Cases whose call ended but whose record still says it is going on. */
  private List<String> unsettled(List<Ended> ended) {
    return ended.stream()
        .map(Ended::caseNumber)
        .filter(
            number ->
                number == null
                    || cases
                        .find(number)
                        .map(
                            found ->
                                found.status() == CaseStatus.OPEN
                                    || found.status() == CaseStatus.ASSIGNED)
                        .orElse(true))
        .toList();
  }

  private void noAdvisorIsStuck() {
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () ->
                assertThat(presence.statuses())
                    .filteredOn(status -> status.advisor().id().startsWith("adv"))
                    .extracting(AdvisorStatus::state)
                    .doesNotContain(
                        PresenceState.RINGING, PresenceState.ON_CALL, PresenceState.WRAP_UP));
  }

  private long heapAfterFullGc() {
    memory.gc();
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static void theHeapIsFlatOverTheSecondHalf(Map<Integer, Long> heapAfterGc) {
    List<Long> secondHalf =
        heapAfterGc.entrySet().stream()
            .filter(sample -> sample.getKey() > CALLS / 2)
            .map(Map.Entry::getValue)
            .toList();
    long lowest = secondHalf.stream().mapToLong(Long::longValue).min().orElseThrow();
    long last = secondHalf.get(secondHalf.size() - 1);
    assertThat(last - lowest)
        .as("heap after GC grew %d MB over the second half", (last - lowest) >> 20)
        .isLessThan(FLAT_WITHIN_BYTES);
  }

  private static String report(
      int calls, Duration took, Map<CaseStatus, Integer> statuses, Map<Integer, Long> heap) {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            "calls: %d in %d s (%.1f calls/s)%n",
            calls, took.toSeconds(), calls / Math.max(1.0, took.toMillis() / 1000.0)));
    text.append("cases by status: ").append(statuses).append('\n');
    text.append("heap after full GC (MB) by calls placed:");
    heap.forEach(
        (placed, bytes) -> text.append(' ').append(placed).append('=').append(bytes >> 20));
    text.append('\n');
    return text.toString();
  }

  /**
   * What the checks need of an ended call: the simulator's whole record (its transcripts) kept for
   * ten thousand calls would be the harness's heap growing, not the service's.
   */
  private record Ended(String uniqueId, String caseNumber) {
    static Ended of(CallRecord call) {
      return new Ended(call.uniqueId(), call.finalVariables().get("HOTLINE_CASE"));
    }
  }
}
