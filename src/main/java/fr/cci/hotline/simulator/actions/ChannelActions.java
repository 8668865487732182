package fr.cci.hotline.simulator.actions;

import fr.cci.hotline.simulator.ami.AmiMessage;
import fr.cci.hotline.simulator.ami.AmiReplies;
import fr.cci.hotline.simulator.pbx.Channel;
import fr.cci.hotline.simulator.pbx.ChannelEvents;
import fr.cci.hotline.simulator.pbx.ChannelVariables;
import fr.cci.hotline.simulator.pbx.Endpoint;
import fr.cci.hotline.simulator.pbx.Pbx;
import java.util.Optional;

/** Hangup, Setvar, Getvar, CoreShowChannels, DeviceStateList and PJSIPShowContacts. */
public final class ChannelActions {

  private final Pbx pbx;
  private final ChannelVariables variables;

  public ChannelActions(Pbx pbx, ChannelVariables variables) {
    this.pbx = pbx;
    this.variables = variables;
  }

  public void hangup(AmiMessage request, AmiReplies replies) {
    Optional<Channel> channel = pbx.channel(request.getOrEmpty("Channel"));
    if (channel.isEmpty()) {
      replies.error("No such channel");
      return;
    }
    String cause = request.getOrEmpty("Cause");
    pbx.hangupFromRemote(channel.get(), cause.isEmpty() ? 16 : Integer.parseInt(cause.trim()));
    replies.success("Channel Hungup");
  }

  public void setvar(AmiMessage request, AmiReplies replies) {
    String name = request.getOrEmpty("Variable");
    if (name.isEmpty()) {
      replies.error("No variable specified");
      return;
    }
    String channelName = request.getOrEmpty("Channel");
    if (channelName.isEmpty()) {
      pbx.global(name, request.getOrEmpty("Value"));
    } else {
      Optional<Channel> channel = pbx.channel(channelName);
      if (channel.isEmpty()) {
        replies.error("Channel not found");
        return;
      }
      variables.write(channel.get(), name, request.getOrEmpty("Value"));
    }
    replies.success("Variable Set");
  }

  public void getvar(AmiMessage request, AmiReplies replies) {
    String name = request.getOrEmpty("Variable");
    if (name.isEmpty()) {
      replies.error("No variable specified");
      return;
    }
    String channelName = request.getOrEmpty("Channel");
    String value;
    if (channelName.isEmpty()) {
      value = pbx.global(name);
    } else {
      Optional<Channel> channel = pbx.channel(channelName);
      if (channel.isEmpty()) {
        replies.error("No such channel");
        return;
      }
      value = variables.read(channel.get(), name);
    }
    replies.send(
        replies
            .withActionId(AmiMessage.response("Success"))
            .add("Variable", name)
            .add("Value", value == null ? "" : value));
  }

  public void coreShowChannels(AmiMessage request, AmiReplies replies) {
    replies.listStart("Channels will follow");
    int count = 0;
    for (Channel channel : pbx.channels()) {
      AmiMessage item = replies.withActionId(AmiMessage.listEvent("CoreShowChannel"));
      ChannelEvents.snapshot(item, "", channel)
          .add("BridgeId", "")
          .add("Application", "")
          .add("ApplicationData", "")
          .add("Duration", "00:00:00")
          .add("BridgedChannel", "");
      replies.send(item);
      count++;
    }
    replies.listComplete("CoreShowChannelsComplete", count);
  }

  public void deviceStateList(AmiMessage request, AmiReplies replies) {
    replies.listStart("Device State Changes will follow");
    int count = 0;
    for (Endpoint endpoint : pbx.endpoints().all()) {
      replies.send(
          replies
              .withActionId(AmiMessage.listEvent("DeviceStateChange"))
              .add("Device", endpoint.device())
              .add("State", endpoint.deviceState()));
      count++;
    }
    replies.listComplete("DeviceStateListComplete", count);
  }

  public void pjsipShowContacts(AmiMessage request, AmiReplies replies) {
    var registered = pbx.endpoints().all().stream().filter(Endpoint::registered).toList();
    if (registered.isEmpty()) {
      replies.error("No Contacts found");
      return;
    }
    replies.listStart("A listing of Contacts follows, presented as ContactList events");
    for (Endpoint endpoint : registered) {
      String uri = pbx.endpoints().contactUri(endpoint);
      replies.send(
          replies
              .withActionId(AmiMessage.listEvent("ContactList"))
              .add("ObjectType", "contact")
              .add("ObjectName", endpoint.name() + ";@" + Integer.toHexString(uri.hashCode()))
              .add("ViaAddr", "")
              .add("QualifyTimeout", "3.000000")
              .add("CallId", "")
              .add("RegServer", "")
              .add("PruneOnBoot", "false")
              .add("Path", "")
              .add("Endpoint", endpoint.name())
              .add("ViaPort", 0)
              .add("AuthenticateQualify", "false")
              .add("Uri", uri)
              .add("QualifyFrequency", 60)
              .add("UserAgent", "simulated phone")
              .add("ExpirationTime", pbx.clock().epochSecond() + 3600)
              .add("OutboundProxy", "")
              .add("Status", "Reachable")
              .add("RoundtripUsec", 1234));
    }
    replies.listComplete("ContactListComplete", registered.size());
  }
}
