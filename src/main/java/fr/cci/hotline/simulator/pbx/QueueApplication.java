package fr.cci.hotline.simulator.pbx;

import java.time.Duration;
import java.util.List;

/**
 * Queue(name,options,URL,announce,timeout): the caller waits; the first caller in line rings the
 * next free member (linear or rrmemory), one at a time, retrying after each unanswered ring.
 */
public final class QueueApplication implements DialplanApplication {

  /** What app_queue clears on the caller when it starts (S1, S4). */
  private static final List<String> CLEARED =
      List.of(
          "ANSWEREDTIME",
          "ANSWEREDTIME_MS",
          "DIALEDTIME",
          "DIALEDTIME_MS",
          "QUEUEWAIT",
          "QUEUEWAIT_MS");

  private final Pbx pbx;
  private final Queues queues;
  private final Dialer dialer;
  private final LocalQueueRing localRing;
  private final ChannelVariables variables;
  private final String fallbackQueue;

  public QueueApplication(
      Pbx pbx, Queues queues, Dialer dialer, ChannelVariables variables, String fallbackQueue) {
    this.pbx = pbx;
    this.queues = queues;
    this.dialer = dialer;
    this.localRing = new LocalQueueRing(pbx, variables);
    this.variables = variables;
    this.fallbackQueue = fallbackQueue;
  }

  @Override
  public AppResult execute(Channel caller, String data) {
    String[] arguments = data.split(",", -1);
    CallQueue queue = queues.queue(arguments[0].trim());
    if (queue.name().equals(fallbackQueue)) {
      caller.trace().reachedFallbackQueue();
    }
    long deadline =
        arguments.length > 4 && !arguments[4].isBlank()
            ? pbx.clock()
                .timeline()
                .deadline(
                    pbx.clock().realNanos(Duration.ofSeconds(Long.parseLong(arguments[4].trim()))))
            : Long.MAX_VALUE;
    CLEARED.forEach(name -> variables.write(caller, name, ""));
    QueueCallerEvents callerEvents = new QueueCallerEvents(pbx, queue);
    CallQueue.Entry entry = callerEvents.join(caller);
    pbx.events().musicOnHold(caller, true);
    caller.observers().forEach(o -> o.waitingStarted(caller));
    Duration poll = Duration.ofSeconds(1);
    int linearPosition = 0;
    long lastAnnounced = 0;
    while (true) {
      if (caller.isHungUp()) {
        pbx.events().musicOnHold(caller, false);
        callerEvents.abandon(entry);
        return AppResult.HANGUP;
      }
      if (System.nanoTime() >= deadline) {
        callerEvents.abandoned(entry);
        pbx.events().musicOnHold(caller, false);
        callerEvents.leave(entry);
        variables.write(caller, "QUEUESTATUS", "TIMEOUT");
        return AppResult.CONTINUE;
      }
      QueueMember member = queue.isFirst(entry) ? queue.reserveNext(linearPosition) : null;
      if (member == null && positionDue(queue, lastAnnounced)) {
        lastAnnounced = System.nanoTime();
        announcePosition(caller, queue.position(entry));
        continue;
      }
      if (member == null) {
        // Never negative: a negative wait is a wait forever, and the deadline may pass meanwhile.
        long untilDeadline = Math.max(0, deadline - System.nanoTime());
        caller.signals().sleep(Math.min(pbx.clock().realNanos(poll), untilDeadline));
        continue;
      }
      linearPosition = queue.positionAfter(member);
      DialResult result = ring(caller, queue, member, entry, callerEvents);
      if (result.status().equals("ANSWER")) {
        return result.callerHungUp() ? AppResult.HANGUP : AppResult.CONTINUE;
      }
      if (!caller.isHungUp()) {
        caller.signals().sleep(pbx.clock().realNanos(queue.retry()));
      }
    }
  }

  /**
   * app_queue's say_position: a caller nobody could be rung for hears their position at once, then
   * every announce-frequency (never sooner than min-announce-frequency).
   */
  private boolean positionDue(CallQueue queue, long lastAnnounced) {
    if (queue.announceEvery().isZero()) {
      return false;
    }
    if (lastAnnounced == 0) {
      return true;
    }
    Duration every =
        queue.announceEvery().compareTo(queue.announceAtLeast()) > 0
            ? queue.announceEvery()
            : queue.announceAtLeast();
    return System.nanoTime() - lastAnnounced >= pbx.clock().realNanos(every);
  }

  /**
   * app_queue's say_position: the music stops for "queue-youarenext" (or "queue-thereare", the
   * number, "queue-callswaiting"), then "queue-thankyou" (4.7 s in French at position 1), then
   * resumes.
   */
  private void announcePosition(Channel caller, int position) {
    pbx.events().musicOnHold(caller, false);
    List<String> sounds =
        position == 1
            ? List.of("queue-youarenext", "queue-thankyou")
            : List.of(
                "queue-thereare", "digits/" + position, "queue-callswaiting", "queue-thankyou");
    Duration announcement =
        sounds.stream().map(pbx.prompts()::durationOf).reduce(Duration.ZERO, Duration::plus);
    if (caller.signals().sleep(pbx.clock().realNanos(announcement))) {
      pbx.events().musicOnHold(caller, true);
    }
  }

  private DialResult ring(
      Channel caller,
      CallQueue queue,
      QueueMember member,
      CallQueue.Entry entry,
      QueueCallerEvents callerEvents) {
    QueueAgentEvents agentEvents =
        new QueueAgentEvents(pbx, queue, member, entry, callerEvents, localRing.queueVariables());
    try {
      DialResult result =
          LocalChannels.isLocal(member.iface)
              ? localRing.ring(caller, queue, member, agentEvents)
              : dialer.dial(
                  caller,
                  member.iface,
                  queue.memberTimeout(),
                  Dialer.Flavor.QUEUE,
                  false,
                  agentEvents);
      caller.trace().attempt(member.iface, result.status(), result.ringMillis());
      if (result.status().equals("ANSWER") && !LocalChannels.isLocal(member.iface)) {
        agentEvents.afterTalk(caller);
      }
      return result;
    } finally {
      member.ringing = false;
      member.inCall = false;
    }
  }
}
