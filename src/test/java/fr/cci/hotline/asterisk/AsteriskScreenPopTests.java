package fr.cci.hotline.asterisk;

import static fr.cci.hotline.testing.WorkspaceFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.asterisk.Menu.Topic;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.ObservedCall;
import fr.cci.hotline.testing.ServerSentEvents;
import fr.cci.hotline.testing.WorkspaceFixtures;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The screen pop on the real Asterisk: an advisor's « Mon poste » stream is open; a caller goes
 * through the menu and is routed to the advisor's sipp phone; the case reaches that stream while
 * the phone rings.
 */
class AsteriskScreenPopTests extends AsteriskTestSupport {

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;
  @Autowired ApplicationEventPublisher events;

  @Test
  void aRoutedCallPopsItsCaseOnTheAdvisorsDesk() throws InterruptedException {
    WorkspaceFixtures fixtures = new WorkspaceFixtures(dataSource, passwords, events, cases);
    Browser browser = new Browser(port);
    browser.signIn(fixtures.signsInAs("adv101"), PASSWORD);
    BlockingQueue<String> desk = browser.eventStream("/poste/events");
    ServerSentEvents.next(desk, "ready", Duration.ofSeconds(10));
    teamOf("adv101");

    SippCall caller = pbx().call(Menu.typingAhead("0622300901", Topic.TRESORERIE, "14"));
    String pop = ServerSentEvents.next(desk, "case-offered", CALL_TIMEOUT);
    ObservedCall call = caller.awaitEnd(CALL_TIMEOUT);

    assertThat(pop).contains(call.caseNumber(), "0622300901", "CCI Caen Normandie", ">14<");
    assertThat(call.dials()).extracting(ObservedCall.Dial::target).containsExactly("PJSIP/adv101");
  }
}
