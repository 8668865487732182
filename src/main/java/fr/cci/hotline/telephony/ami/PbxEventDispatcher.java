package fr.cci.hotline.telephony.ami;

import fr.cci.hotline.support.DaemonThreads;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hands our translated PBX events to the rest of the service on one thread of its own, in the order
 * Asterisk sent them, so that Asterisk-Java's single dispatch thread never waits for a listener (a
 * database update, say). Lag and backlog are published as meters.
 */
@Component
class PbxEventDispatcher implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(PbxEventDispatcher.class);

  private final ApplicationEventPublisher publisher;
  private final Timer lag;
  private final ThreadPoolExecutor executor;

  /** Touched by the delivery thread only. */
  private boolean failing;

  PbxEventDispatcher(ApplicationEventPublisher publisher, MeterRegistry meters) {
    this.publisher = publisher;
    this.lag =
        Timer.builder("hotline.ami.event.lag")
            .description("Time from an AMI event's arrival to its delivery to the service")
            .register(meters);
    this.executor =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            DaemonThreads.named("pbx-events"));
    Gauge.builder("hotline.ami.event.backlog", executor, pool -> pool.getQueue().size())
        .description("PBX events waiting to be delivered")
        .register(meters);
  }

  /** Queues an event just received; returns at once. */
  void dispatch(Object event) {
    // Timed on the monotonic clock: the service's clock may be set back (tests, NTP).
    long queuedAt = System.nanoTime();
    executor.execute(() -> deliver(event, queuedAt));
  }

  private void deliver(Object event, long queuedAt) {
    lag.record(System.nanoTime() - queuedAt, TimeUnit.NANOSECONDS);
    try {
      publisher.publishEvent(event);
      if (failing) {
        failing = false;
        log.info("PBX event listeners work again");
      }
    } catch (RuntimeException failure) {
      // One line per failure streak: during a database outage every event would fail alike.
      if (!failing) {
        failing = true;
        log.warn(
            "A listener failed on {}: {}", event.getClass().getSimpleName(), failure.toString());
      }
    }
  }

  @Override
  public void destroy() {
    ExecutorService closing = executor;
    closing.shutdown();
  }
}
