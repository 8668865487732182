package fr.cci.hotline.workspace;

import static fr.cci.hotline.testing.WorkspaceFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.Hotline;
import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.ServerSentEvents;
import fr.cci.hotline.testing.WorkspaceFixtures;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The service stops gracefully (it finishes the requests under way), and an open « Mon poste » page
 * or wallboard is not one it waits for: their event streams end at once and the pages reconnect by
 * themselves. Left open, each stop took the graceful shutdown's whole 30 s.
 */
class OpenStreamsAtShutdownTests {

  /** Far less than the graceful shutdown's 30 s phase, far more than closing takes. */
  private static final Duration PROMPTLY = Duration.ofSeconds(10);

  @Test
  void openPagesStreamsEndWhenTheServiceStopsAndTheStopDoesNotWaitForThem() throws Exception {
    ConfigurableApplicationContext service =
        new SpringApplicationBuilder(Hotline.class).profiles("test").run();
    try {
      WorkspaceFixtures fixtures =
          new WorkspaceFixtures(
              service.getBean(DataSource.class),
              service.getBean(PasswordEncoder.class),
              service,
              service.getBean(CaseRecords.class));
      int port =
          service
              .getBean(Environment.class)
              .getRequiredProperty("local.server.port", Integer.class);
      Browser advisor = new Browser(port);
      advisor.signIn(fixtures.signsInAs("adv105"), PASSWORD);
      BlockingQueue<String> desk = advisor.eventStream("/poste/events");
      ServerSentEvents.next(desk, "ready", PROMPTLY);
      Browser supervisor = new Browser(port);
      supervisor.signIn(fixtures.user("chef.arret", Role.SUPERVISOR), PASSWORD);
      BlockingQueue<String> wallboard = supervisor.eventStream("/supervision/wallboard/events");
      ServerSentEvents.next(wallboard, "board", PROMPTLY);

      CompletableFuture<Void> stopped = CompletableFuture.runAsync(service::close);

      assertThat(endOf(desk)).as("« Mon poste »'s stream").isEqualTo("closed: end of stream");
      assertThat(endOf(wallboard)).as("the wallboard's stream").isEqualTo("closed: end of stream");
      stopped.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS);
      assertThat(service.isActive()).isFalse();
    } finally {
      service.close();
    }
  }

  /** The stream's last line, once the server ended it. */
  private static String endOf(BlockingQueue<String> stream) throws InterruptedException {
    long deadline = System.nanoTime() + PROMPTLY.toNanos();
    String line = "";
    while (!line.startsWith("closed:")) {
      String next = stream.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (next == null) {
        return "still open after " + PROMPTLY;
      }
      line = next;
    }
    return line;
  }
}
