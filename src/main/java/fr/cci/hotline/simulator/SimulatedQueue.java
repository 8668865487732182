package fr.cci.hotline.simulator;

import fr.cci.hotline.simulator.pbx.CallQueue;
import fr.cci.hotline.simulator.pbx.Queues;
import java.time.Duration;

/**
 * A queue as queues.conf would define it: strategy, member ring time, retry pause, the variables
 * app_queue sets, static members. Static members exist from the start: no QueueMemberAdded event.
 */
public final class SimulatedQueue {

  private final CallQueue queue;
  private final Queues queues;

  SimulatedQueue(CallQueue queue, Queues queues) {
    this.queue = queue;
    this.queues = queues;
  }

  public String name() {
    return queue.name();
  }

  /** "rrmemory" (the default) or "linear". */
  public SimulatedQueue strategy(String strategy) {
    queue.configure(strategy, queue.memberTimeout(), queue.retry());
    return this;
  }

  /** queues.conf timeout: how long one member rings (15 s unless told). */
  public SimulatedQueue memberRingTimeout(Duration timeout) {
    queue.configure(queue.strategy(), timeout, queue.retry());
    return this;
  }

  /** queues.conf retry: the pause before the next member (5 s unless told). */
  public SimulatedQueue retry(Duration retry) {
    queue.configure(queue.strategy(), queue.memberTimeout(), retry);
    return this;
  }

  /** setinterfacevar: MEMBERINTERFACE, MEMBERNAME… on caller and member when one answers. */
  public SimulatedQueue setInterfaceVariables(boolean on) {
    queue.variables(on, queue.setsEntryVariables(), queue.setsQueueVariables());
    return this;
  }

  /** setqueueentryvar: QEHOLDTIME and QEORIGINALPOS. */
  public SimulatedQueue setQueueEntryVariables(boolean on) {
    queue.variables(queue.setsInterfaceVariables(), on, queue.setsQueueVariables());
    return this;
  }

  /** setqueuevar: QUEUENAME, QUEUECALLS, QUEUEHOLDTIME… when a member answers and at the end. */
  public SimulatedQueue setQueueVariables(boolean on) {
    queue.variables(queue.setsInterfaceVariables(), queue.setsEntryVariables(), on);
    return this;
  }

  /** A "member =>" line: PJSIP/adv101 or Local/advisor101@advisors, with its member name. */
  public SimulatedQueue staticMember(String iface, String memberName) {
    queues.addStatic(queue.name(), iface, memberName);
    return this;
  }
}
