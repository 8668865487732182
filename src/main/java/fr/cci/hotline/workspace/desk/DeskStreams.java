package fr.cci.hotline.workspace.desk;

import fr.cci.hotline.cases.Viewer;
import fr.cci.hotline.workspace.WorkspaceSettings;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent event streams of the advisors' open « Mon poste » pages, by advisor: what is sent
 * to an advisor reaches their own sessions and nobody else's.
 */
@Component
class DeskStreams implements SmartLifecycle {

  /** One open page: whose it is, and the stream to it. */
  record Subscriber(Viewer viewer, SseEmitter emitter) {}

  private final Map<String, List<Subscriber>> byAdvisor = new ConcurrentHashMap<>();
  private final long timeoutMillis;
  private volatile boolean running;

  DeskStreams(WorkspaceSettings settings) {
    this.timeoutMillis = settings.streamTimeout().toMillis();
  }

  SseEmitter open(Viewer viewer) {
    SseEmitter emitter = new SseEmitter(timeoutMillis);
    Subscriber subscriber = new Subscriber(viewer, emitter);
    List<Subscriber> streams =
        byAdvisor.computeIfAbsent(viewer.advisorId(), id -> new CopyOnWriteArrayList<>());
    streams.add(subscriber);
    Runnable forget = () -> streams.remove(subscriber);
    emitter.onCompletion(forget);
    // Ended by us at its time-out, the stream closes quietly and the page reconnects; left open,
    // Spring MVC would resolve the time-out as an error and log two warnings per page.
    emitter.onTimeout(emitter::complete);
    emitter.onError(failure -> forget.run());
    // A first event, so that the page knows its stream is open (and a test can wait for it).
    send(subscriber, "ready", viewer.advisorId());
    return emitter;
  }

  @Override
  public void start() {
    running = true;
  }

  /**
   * The pages' streams end when the service stops, before the web server's graceful shutdown, so
   * that it does not wait for them (30 s, while the service neither serves nor restarts); each page
   * reconnects by itself.
   */
  @Override
  public void stop() {
    running = false;
    byAdvisor.values().forEach(streams -> streams.forEach(open -> open.emitter().complete()));
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  boolean anyOpen() {
    return byAdvisor.values().stream().anyMatch(streams -> !streams.isEmpty());
  }

  List<Subscriber> of(String advisorId) {
    return List.copyOf(byAdvisor.getOrDefault(advisorId, List.of()));
  }

  /** Sends one event; a page that went away is forgotten. */
  boolean send(Subscriber subscriber, String event, String data) {
    try {
      subscriber.emitter().send(SseEmitter.event().name(event).data(data));
      return true;
    } catch (IOException | IllegalStateException gone) {
      byAdvisor.getOrDefault(subscriber.viewer().advisorId(), List.of()).remove(subscriber);
      return false;
    }
  }
}
