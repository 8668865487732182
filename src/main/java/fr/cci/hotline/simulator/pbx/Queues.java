package fr.cci.hotline.simulator.pbx;

import fr.cci.hotline.simulator.ami.AmiMessage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The queues: membership changes (QueueMemberAdded/Removed/Pause) and member status following
 * device states (QueueMemberStatus), as app_queue publishes them.
 */
public final class Queues implements DeviceStateListener {

  private final Pbx pbx;
  // In creation order: Asterisk lists the lab's queues in the order of queues.conf (S0).
  private final Map<String, CallQueue> queues = new java.util.LinkedHashMap<>();
  private final Map<String, String> deviceStates = new ConcurrentHashMap<>();
  private final Map<String, String> availability = new ConcurrentHashMap<>();

  public Queues(Pbx pbx) {
    this.pbx = pbx;
    pbx.endpoints().listen(this);
  }

  public synchronized CallQueue queue(String name) {
    return queues.computeIfAbsent(name, CallQueue::new);
  }

  public synchronized Optional<CallQueue> find(String name) {
    return Optional.ofNullable(queues.get(name));
  }

  public synchronized Collection<CallQueue> all() {
    return List.copyOf(queues.values());
  }

  /** A member of queues.conf: there from the start, no QueueMemberAdded. */
  public void addStatic(String queueName, String iface, String memberName) {
    queue(queueName)
        .add(
            new QueueMember(
                queueName,
                iface,
                memberName,
                iface,
                "static",
                0,
                pbx.clock().epochSecond(),
                QueueMember.statusOf(deviceStateOf(iface))));
  }

  /** QueueAdd: false when the interface is a member already. */
  public boolean add(
      String queueName,
      String iface,
      String memberName,
      String stateInterface,
      int penalty,
      boolean paused,
      String membership) {
    CallQueue queue = queue(queueName);
    if (queue.member(iface).isPresent()) {
      return false;
    }
    String state = stateInterface == null || stateInterface.isEmpty() ? iface : stateInterface;
    QueueMember member =
        new QueueMember(
            queueName,
            iface,
            memberName == null || memberName.isEmpty() ? iface : memberName,
            state,
            membership,
            penalty,
            pbx.clock().epochSecond(),
            QueueMember.statusOf(deviceStateOf(state)));
    member.paused = paused;
    queue.add(member);
    pbx.events().publish(memberEvent("QueueMemberAdded", member));
    return true;
  }

  public boolean remove(String queueName, String iface) {
    Optional<QueueMember> member = find(queueName).flatMap(q -> q.member(iface));
    member.ifPresent(
        m -> {
          queue(queueName).remove(m);
          pbx.events().publish(memberEvent("QueueMemberRemoved", m));
        });
    return member.isPresent();
  }

  /** QueuePause on one queue or, with a null queue, on every queue with that interface. */
  public boolean pause(String queueName, String iface, boolean paused, String reason) {
    boolean found = false;
    for (CallQueue queue : all()) {
      if (queueName != null && !queue.name().equals(queueName)) {
        continue;
      }
      Optional<QueueMember> member = queue.member(iface);
      if (member.isPresent()) {
        found = true;
        QueueMember m = member.get();
        m.paused = paused;
        m.pausedReason = paused && reason != null ? reason : "";
        m.lastPause = paused ? pbx.clock().epochSecond() : m.lastPause;
        pbx.events().publish(memberEvent("QueueMemberPause", m));
      }
    }
    return found;
  }

  /**
   * A member's status follows its state interface; QueueMemberStatus goes out when it changes, then
   * the queue's availability device "Queue:name_avail" (NOT_INUSE while a member is free, INUSE
   * when none is) when that changes: Asterisk caches it, so the first change since start shows (S0
   * for support, S2 for noanswer) and later identical states do not.
   */
  @Override
  public void deviceChanged(String device, String state) {
    deviceStates.put(device, state);
    int status = QueueMember.statusOf(state);
    for (CallQueue queue : all()) {
      boolean changed = false;
      for (QueueMember member : queue.members()) {
        if (member.stateInterface.equalsIgnoreCase(device) && member.status != status) {
          member.status = status;
          changed = true;
          pbx.events().publish(memberEvent("QueueMemberStatus", member));
        }
      }
      if (changed) {
        announceAvailability(queue);
      }
    }
  }

  private void announceAvailability(CallQueue queue) {
    boolean free = queue.members().stream().anyMatch(m -> m.status == 1 && !m.paused);
    String state = free ? "NOT_INUSE" : "INUSE";
    String device = "Queue:" + queue.name() + "_avail";
    if (!state.equals(availability.put(device, state))) {
      pbx.events().deviceState(device, state);
    }
  }

  String deviceStateOf(String device) {
    String known = deviceStates.get(device);
    if (known != null) {
      return known;
    }
    if (device.startsWith("PJSIP/")) {
      return pbx.endpoints().find(device.substring(6)).map(Endpoint::deviceState).orElse("INVALID");
    }
    return device.startsWith("Local/") ? "NOT_INUSE" : "INVALID";
  }

  public AmiMessage memberEvent(String event, QueueMember member) {
    return pbx.events()
        .header(event, "agent,all")
        .add("Queue", member.queue)
        .add("MemberName", member.name)
        .add("Interface", member.iface)
        .add("StateInterface", member.stateInterface)
        .add("Membership", member.membership)
        .add("Penalty", member.penalty)
        .add("CallsTaken", member.callsTaken)
        .add("LastCall", member.lastCall)
        .add("LastPause", member.lastPause)
        .add("LoginTime", member.loginTime)
        .add("InCall", member.inCall ? 1 : 0)
        .add("Status", member.status)
        .add("Paused", member.paused ? 1 : 0)
        .add("PausedReason", member.pausedReason)
        .add("Ringinuse", 1)
        .add("Wrapuptime", 0);
  }
}
