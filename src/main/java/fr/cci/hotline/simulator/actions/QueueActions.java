package fr.cci.hotline.simulator.actions;

import fr.cci.hotline.simulator.ami.AmiMessage;
import fr.cci.hotline.simulator.ami.AmiReplies;
import fr.cci.hotline.simulator.pbx.Queues;
import java.util.Locale;

/** QueueAdd, QueueRemove and QueuePause with app_queue's responses. */
public final class QueueActions {

  private final Queues queues;

  public QueueActions(Queues queues) {
    this.queues = queues;
  }

  public void queueAdd(AmiMessage request, AmiReplies replies) {
    String queue = request.getOrEmpty("Queue");
    String iface = request.getOrEmpty("Interface");
    if (queue.isEmpty() || iface.isEmpty()) {
      replies.error("'Queue' and 'Interface' not set.");
      return;
    }
    boolean added =
        queues.add(
            queue,
            iface,
            request.getOrEmpty("MemberName"),
            request.getOrEmpty("StateInterface"),
            parseInt(request.getOrEmpty("Penalty")),
            isTrue(request.getOrEmpty("Paused")),
            "dynamic");
    if (added) {
      replies.success("Added interface to queue");
    } else {
      replies.error("Unable to add interface: Already there");
    }
  }

  public void queueRemove(AmiMessage request, AmiReplies replies) {
    String queue = request.getOrEmpty("Queue");
    String iface = request.getOrEmpty("Interface");
    if (queue.isEmpty() || iface.isEmpty()) {
      replies.error("Need 'Queue' and 'Interface' parameters.");
      return;
    }
    if (queues.find(queue).isEmpty()) {
      replies.error("Unable to remove interface from queue: No such queue");
    } else if (queues.remove(queue, iface)) {
      replies.success("Removed interface from queue");
    } else {
      replies.error("Unable to remove interface: Not there");
    }
  }

  public void queuePause(AmiMessage request, AmiReplies replies) {
    String iface = request.getOrEmpty("Interface");
    String paused = request.getOrEmpty("Paused");
    if (iface.isEmpty() || paused.isEmpty()) {
      replies.error("Need 'Interface' and 'Paused' parameters.");
      return;
    }
    String queue = request.getOrEmpty("Queue");
    boolean pause = isTrue(paused);
    if (queues.pause(queue.isEmpty() ? null : queue, iface, pause, request.getOrEmpty("Reason"))) {
      replies.success(pause ? "Interface paused successfully" : "Interface unpaused successfully");
    } else {
      replies.error("Interface not found");
    }
  }

  static boolean isTrue(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    return v.equals("true") || v.equals("yes") || v.equals("1") || v.equals("on") || v.equals("y");
  }

  static int parseInt(String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
