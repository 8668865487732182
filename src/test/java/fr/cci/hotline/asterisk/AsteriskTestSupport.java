package fr.cci.hotline.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.cci.hotline.advisors.AdvisorDirectory;
import fr.cci.hotline.advisors.AdvisorStatus;
import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.advisors.PresenceState;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.routing.callback.CallbackCommands;
import fr.cci.hotline.routing.callback.CallbackLine;
import fr.cci.hotline.routing.callback.CallbackRefused;
import fr.cci.hotline.routing.callback.CallbackState;
import fr.cci.hotline.telephony.TelephonyStatus;
import fr.cci.hotline.testing.AdjustableClock;
import fr.cci.hotline.testing.ObservedCall;
import fr.cci.hotline.testing.TestTimeConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service against the real Asterisk 22 of the suite ({@link RealPbx}): Asterisk runs the
 * shipped dialplan and calls the service over FastAGI; the service logs in over AMI; callers and
 * advisors' phones are sipp instances. Every subclass shares one Spring context and one Asterisk.
 * Short ring and widening delays, and call-backs given up after two attempts 2 s apart with the
 * owner's phone ringing 5 s, keep scenarios brisk; everything else is as shipped.
 */
@RealAsterisk
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hotline.advisors.seed=classpath:asterisk/advisors.yml",
      "hotline.advisors.wrap-up=0s",
      "hotline.routing.ring-timeout=4s",
      "hotline.routing.widen-to-department-after=6s",
      "hotline.routing.widen-to-region-after=10s",
      "hotline.routing.position-announcement-every=5s",
      "hotline.routing.callbacks.max-attempts=2",
      "hotline.routing.callbacks.retry-delays=2s",
      "hotline.routing.callbacks.owner-ring-timeout=5s",
      // The shipped reconnection back-off, not the test profile's: the restart test measures it.
      "hotline.telephony.ami.reconnect-initial-delay=1s",
      "hotline.telephony.ami.reconnect-max-delay=2s",
    })
@ActiveProfiles("test")
@Import(TestTimeConfiguration.class)
abstract class AsteriskTestSupport {

  /** A Thursday at ten in Paris: the line is open. */
  static final Instant OPEN_HOURS = Instant.parse("2026-11-26T09:00:00Z");

  /** The answer, the welcome (8 s) and the start of the next prompt: plenty for one scenario. */
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(90);

  /** The clock already placed on {@link #OPEN_HOURS}: concurrent tests must not move it back. */
  private static AdjustableClock placedClock;

  @Autowired AdjustableClock clock;
  @Autowired Presence presence;
  @Autowired AdvisorDirectory advisors;
  @Autowired CaseRecords cases;
  @Autowired TelephonyStatus telephony;

  static RealPbx pbx() {
    return RealPbx.shared();
  }

  @DynamicPropertySource
  static void pointTheServiceAtAsterisk(DynamicPropertyRegistry registry) {
    registry.add("hotline.telephony.ami.port", () -> pbx().amiPort());
    registry.add("hotline.telephony.ami.username", () -> RealPbx.AMI_USER);
    registry.add("hotline.telephony.ami.password", () -> RealPbx.AMI_SECRET);
  }

  @BeforeEach
  void readyForCalls() {
    pbx().serviceAgiPort(telephony.agiPort());
    pbx().agiWire().accept();
    placeInOpenHours();
    await().atMost(Duration.ofSeconds(20)).until(telephony::amiConnected);
    advisors.active().forEach(advisor -> presence.logOut(advisor.id(), clock.instant()));
  }

  /**
   * A call-back an earlier test left pending would ring this test's advisors (and, with phones that
   * hang up after a few seconds, ring them again and again): {@link RealAsterisk} cancels them
   * after each test, or after each class whose calls several tests share.
   */
  static void noCallBackLeft(ApplicationContext service) {
    // Nobody to ring first, so that no attempt starts meanwhile; one under way ends by itself.
    Presence presence = service.getBean(Presence.class);
    Instant now = service.getBean(Clock.class).instant();
    service
        .getBean(AdvisorDirectory.class)
        .active()
        .forEach(advisor -> presence.logOut(advisor.id(), now));
    CallbackLine line = service.getBean(CallbackLine.class);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                line.inStates(
                        List.of(
                            CallbackState.RINGING, CallbackState.ANSWERED, CallbackState.DIALLING))
                    .isEmpty());
    CallbackCommands commands = service.getBean(CallbackCommands.class);
    line.inStates(List.of(CallbackState.PENDING, CallbackState.FAILED))
        .forEach(
            left -> {
              try {
                commands.cancel(left.caseNumber(), "tests", "left by an earlier test");
              } catch (CallbackRefused attemptStartedMeanwhile) {
                // ringing an advisor who answered: it ends with its call
              }
            });
  }

  /**
   * Puts the service's clock on {@link #OPEN_HOURS} once per context: it then runs at the real
   * pace, so that calls in progress in concurrent tests keep a steady clock.
   */
  private void placeInOpenHours() {
    synchronized (AsteriskTestSupport.class) {
      if (placedClock != clock) {
        clock.setTo(OPEN_HOURS);
        placedClock = clock;
      }
    }
  }

  /** Logs these advisors in, their desk phones on and answering after a short ring. */
  void teamOf(String... endpoints) {
    for (String endpoint : endpoints) {
      pbx().phone(endpoint).answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(3));
    }
    for (String endpoint : endpoints) {
      presence.logIn(endpoint, clock.instant());
      await()
          .atMost(Duration.ofSeconds(10))
          .alias(endpoint + "'s phone reachable")
          .until(() -> status(endpoint).reachable());
    }
  }

  AdvisorStatus status(String advisorId) {
    return presence.status(advisorId).orElseThrow();
  }

  PresenceState state(String advisorId) {
    return status(advisorId).state();
  }

  /** The case of a call once its record satisfies {@code until}. */
  CaseDetails caseOf(ObservedCall call, Predicate<CaseDetails> until) {
    String number = call.caseNumber();
    assertThat(number).as("HOTLINE_CASE set by the service\n%s", call).isNotBlank();
    return await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> cases.find(number).orElse(null), found -> found != null && until.test(found));
  }
}
