package fr.cci.hotline.routing.dispatch;

import fr.cci.hotline.advisors.Presence;
import fr.cci.hotline.bench.BenchService;
import fr.cci.hotline.bench.BusyLine;
import fr.cci.hotline.bench.ShippedSettings;
import fr.cci.hotline.routing.line.WaitingLine;
import fr.cci.hotline.routing.policy.Candidate;
import fr.cci.hotline.routing.policy.WaitingCall;
import fr.cci.hotline.testing.AdjustableClock;
import fr.cci.hotline.testing.EmbeddedPostgresServer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole dispatch pass of the real {@link Dispatcher} in the service's Spring context, against H2
 * (in memory, as the tests) and PostgreSQL (embedded): 500 advisors and 1,000 waiting callers, with
 * none, one or all advisors free. The clock stands still so that no caller's row goes stale; the
 * dispatch loop is stopped so that passes run only here. Between two passes the offers made are
 * undone (not measured), so each pass meets the same line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class DispatchPassBenchmark {

  @Param({"h2", "postgres"})
  String database;

  /** Free advisors: none (the every-second pass of a full team), one, or all 500. */
  @Param({"0", "1", "500"})
  int free;

  private ConfigurableApplicationContext service;
  private Dispatcher dispatcher;
  private JdbcTemplate sql;

  @Setup
  public void busyService() {
    BusyLine busy = BusyLine.of(500, 1000, free, ShippedSettings.advisors().departments());
    service = BenchService.start(busy.advisors(), database());
    service.getBean(AdjustableClock.class).freezeAt(busy.now());
    service.getBean(DispatchLoop.class).stop();
    Presence presence = service.getBean(Presence.class);
    for (Candidate advisor : busy.advisors()) {
      presence.logIn(advisor.advisorId(), advisor.idleSince());
      if (!advisor.free()) {
        String call = "elsewhere-" + advisor.advisorId();
        presence.reserve(advisor.advisorId(), call, busy.now());
        presence.callAnswered(advisor.advisorId(), call, busy.now());
      }
    }
    WaitingLine line = service.getBean(WaitingLine.class);
    for (WaitingCall call : busy.calls()) {
      line.join(DispatcherReplay.entryOf(call, "benchmark"), busy.now());
    }
    dispatcher = service.getBean(Dispatcher.class);
    sql = service.getBean(JdbcTemplate.class);
  }

  @Setup(Level.Invocation)
  public void undoOffers() {
    sql.update(
        "update waiting_call set state = 'WAITING', advisor_id = null, offered_at = null"
            + " where state = 'OFFERED'");
    sql.update(
        "update advisor_presence set state = 'AVAILABLE', current_call = null,"
            + " version = version + 1 where state = 'RINGING'");
  }

  @Benchmark
  public int pass() {
    return dispatcher.pass();
  }

  @TearDown
  public void stop() {
    service.close();
  }

  private String[] database() {
    if (database.equals("h2")) {
      return new String[0];
    }
    return new String[] {
      "--spring.datasource.url=" + EmbeddedPostgresServer.newDatabase(),
      "--spring.datasource.username=postgres",
      "--spring.datasource.password=postgres"
    };
  }
}
