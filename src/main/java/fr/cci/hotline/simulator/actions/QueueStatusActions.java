package fr.cci.hotline.simulator.actions;

import fr.cci.hotline.simulator.ami.AmiMessage;
import fr.cci.hotline.simulator.ami.AmiReplies;
import fr.cci.hotline.simulator.pbx.CallQueue;
import fr.cci.hotline.simulator.pbx.Channel;
import fr.cci.hotline.simulator.pbx.Pbx;
import fr.cci.hotline.simulator.pbx.QueueMember;
import fr.cci.hotline.simulator.pbx.Queues;
import java.util.List;

/** QueueStatus and QueueSummary with the lists and field order of the captures. */
public final class QueueStatusActions {

  private final Pbx pbx;
  private final Queues queues;

  public QueueStatusActions(Pbx pbx, Queues queues) {
    this.pbx = pbx;
    this.queues = queues;
  }

  public void queueStatus(AmiMessage request, AmiReplies replies) {
    String only = request.getOrEmpty("Queue");
    replies.listStart("Queue status will follow");
    int items = 0;
    for (CallQueue queue : selected(only)) {
      replies.send(params(queue, replies));
      items++;
      for (QueueMember member : queue.members()) {
        replies.send(member(queue, member, replies));
        items++;
      }
      List<CallQueue.Entry> waiting = queue.waiting();
      for (int i = 0; i < waiting.size(); i++) {
        replies.send(entry(queue, waiting.get(i), i + 1, replies));
        items++;
      }
    }
    replies.listComplete("QueueStatusComplete", items);
  }

  public void queueSummary(AmiMessage request, AmiReplies replies) {
    String only = request.getOrEmpty("Queue");
    replies.listStart("Queue summary will follow");
    int items = 0;
    for (CallQueue queue : selected(only)) {
      long loggedIn = queue.members().stream().filter(m -> m.status() != 5).count();
      long available = queue.members().stream().filter(m -> m.status() == 1 && !m.paused()).count();
      List<CallQueue.Entry> waiting = queue.waiting();
      long longest =
          waiting.isEmpty() ? 0 : pbx.clock().millisSince(waiting.get(0).joinedEpochNanos()) / 1000;
      AmiMessage summary =
          AmiMessage.listEvent("QueueSummary")
              .add("Queue", queue.name())
              .add("LoggedIn", loggedIn)
              .add("Available", available)
              .add("Callers", waiting.size())
              .add("HoldTime", 0)
              .add("TalkTime", 0)
              .add("LongestHoldTime", longest);
      replies.send(replies.withActionId(summary));
      items++;
    }
    replies.listComplete("QueueSummaryComplete", items);
  }

  private List<CallQueue> selected(String only) {
    return queues.all().stream().filter(q -> only.isEmpty() || q.name().equals(only)).toList();
  }

  private AmiMessage params(CallQueue queue, AmiReplies replies) {
    AmiMessage message =
        AmiMessage.listEvent("QueueParams")
            .add("Queue", queue.name())
            .add("Max", 0)
            .add("Strategy", queue.strategy())
            .add("Calls", queue.waiting().size())
            .add("Holdtime", 0)
            .add("TalkTime", 0)
            .add("Completed", 0)
            .add("Abandoned", 0)
            .add("ServiceLevel", 0)
            .add("ServicelevelPerf", "0.0")
            .add("ServicelevelPerf2", "0.0")
            .add("Weight", 0);
    return replies.withActionId(message);
  }

  private AmiMessage member(CallQueue queue, QueueMember member, AmiReplies replies) {
    AmiMessage event = queues.memberEvent("QueueMember", member);
    AmiMessage message =
        AmiMessage.listEvent("QueueMember")
            .add("Queue", queue.name())
            .add("Name", member.name())
            .add("Location", member.iface());
    for (String key :
        List.of(
            "StateInterface",
            "Membership",
            "Penalty",
            "CallsTaken",
            "LastCall",
            "LastPause",
            "LoginTime",
            "InCall",
            "Status",
            "Paused",
            "PausedReason",
            "Wrapuptime")) {
      message.add(key, event.getOrEmpty(key));
    }
    return replies.withActionId(message);
  }

  private AmiMessage entry(CallQueue queue, CallQueue.Entry entry, int position, AmiReplies r) {
    Channel channel = entry.channel();
    AmiMessage message =
        AmiMessage.listEvent("QueueEntry")
            .add("Queue", queue.name())
            .add("Position", position)
            .add("Channel", channel.name())
            .add("Uniqueid", channel.uniqueId())
            .add("CallerIDNum", channel.callerIdNum())
            .add("CallerIDName", channel.callerIdName())
            .add("ConnectedLineNum", channel.connectedNum())
            .add("ConnectedLineName", channel.connectedName())
            .add("Wait", pbx.clock().millisSince(entry.joinedEpochNanos()) / 1000)
            .add("Priority", 0);
    return r.withActionId(message);
  }
}
