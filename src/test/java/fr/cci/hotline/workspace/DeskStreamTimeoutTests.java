package fr.cci.hotline.workspace;

import static fr.cci.hotline.testing.WorkspaceFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.ServerSentEvents;
import fr.cci.hotline.testing.WorkspaceFixtures;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * « Mon poste »'s event stream ends at its time-out as a normal end of stream (the page's
 * EventSource reconnects): nothing logged, where Spring MVC would warn twice per open page.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "hotline.workspace.stream-timeout=10s")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class DeskStreamTimeoutTests {

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;
  @Autowired ApplicationEventPublisher events;
  @Autowired CaseRecords records;

  @Test
  void aStreamAtItsTimeOutEndsWithoutAWarning(CapturedOutput output) throws Exception {
    WorkspaceFixtures fixtures = new WorkspaceFixtures(dataSource, passwords, events, records);
    Browser browser = new Browser(port);
    browser.signIn(fixtures.signsInAs("adv104"), PASSWORD);
    BlockingQueue<String> stream = browser.eventStream("/poste/events");
    ServerSentEvents.next(stream, "ready", Duration.ofSeconds(10));

    String line = stream.poll(20, TimeUnit.SECONDS);
    while (line != null && !line.startsWith("closed:")) {
      line = stream.poll(20, TimeUnit.SECONDS);
    }
    String end = line;

    assertThat(end).as("the stream ended by the server").isEqualTo("closed: end of stream");
    assertThat(output.getAll())
        .as("warnings at the stream's time-out")
        .doesNotContain("AsyncRequestTimeoutException")
        .doesNotContain("DefaultHandlerExceptionResolver");
  }
}
