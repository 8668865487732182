package fr.cci.hotline.telephony.ami;

import fr.cci.hotline.telephony.CallControl;
import fr.cci.hotline.telephony.DialplanExtension;
import fr.cci.hotline.telephony.TelephonyFailure;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueueRemoveAction;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.springframework.stereotype.Component;

/** {@link CallControl} over the AMI link. */
@Component
class AmiCallControl implements CallControl {

  private final AmiLink link;

  AmiCallControl(AmiLink link) {
    this.link = link;
  }

  @Override
  public boolean available() {
    return link.isConnected();
  }

  @Override
  public String originate(
      String channel,
      String channelId,
      DialplanExtension answered,
      String callerId,
      Duration ringTimeout,
      Map<String, String> variables) {
    String id = channelId != null ? channelId : UUID.randomUUID().toString();
    OriginateAction originate = new OriginateAction();
    originate.setChannel(channel);
    originate.setChannelId(id);
    originate.setContext(answered.context());
    originate.setExten(answered.exten());
    originate.setPriority(1);
    originate.setCallerId(callerId);
    originate.setTimeout(ringTimeout.toMillis());
    originate.setVariables(variables);
    originate.setAsync(true);
    originate.setActionId(id);
    send(originate);
    return id;
  }

  @Override
  public void hangup(String channel) {
    send(new HangupAction(channel));
  }

  @Override
  public void queueAdd(String queue, String memberInterface, String memberName, boolean paused) {
    QueueAddAction add = new QueueAddAction(queue, memberInterface);
    add.setMemberName(memberName);
    add.setPaused(paused);
    ManagerResponse response = link.send(add);
    if (response instanceof ManagerError error && !alreadyThere(error)) {
      throw refused(add, error);
    }
  }

  @Override
  public void queueRemove(String queue, String memberInterface) {
    QueueRemoveAction remove = new QueueRemoveAction(queue, memberInterface);
    ManagerResponse response = link.send(remove);
    if (response instanceof ManagerError error && !notThere(error)) {
      throw refused(remove, error);
    }
  }

  @Override
  public void queuePause(String queue, String memberInterface, boolean paused, String reason) {
    QueuePauseAction pause = new QueuePauseAction(memberInterface, queue, paused);
    if (reason != null) {
      pause.setReason(reason);
    }
    send(pause);
  }

  private void send(ManagerAction action) {
    ManagerResponse response;
    try {
      response = link.send(action);
    } catch (AmiUnavailable down) {
      throw new TelephonyFailure(down.getMessage(), down);
    }
    if (response instanceof ManagerError error) {
      throw refused(action, error);
    }
  }

  private static boolean alreadyThere(ManagerError error) {
    return String.valueOf(error.getMessage()).toLowerCase().contains("already there");
  }

  /** Nothing to remove: the member is not in the queue, or the queue has no members yet. */
  private static boolean notThere(ManagerError error) {
    String message = String.valueOf(error.getMessage()).toLowerCase();
    return message.contains("not there") || message.contains("no such queue");
  }

  private static TelephonyFailure refused(ManagerAction action, ManagerError error) {
    return new TelephonyFailure(
        action.getAction() + " refused by Asterisk: " + error.getMessage(), null);
  }
}
