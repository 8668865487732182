package fr.cci.hotline.simulator.actions;

import fr.cci.hotline.simulator.ami.AmiMessage;
import fr.cci.hotline.simulator.ami.AmiReplies;
import fr.cci.hotline.simulator.pbx.Applications;
import fr.cci.hotline.simulator.pbx.Channel;
import fr.cci.hotline.simulator.pbx.ChannelState;
import fr.cci.hotline.simulator.pbx.ChannelVariables;
import fr.cci.hotline.simulator.pbx.DialplanRunner;
import fr.cci.hotline.simulator.pbx.Endpoint;
import fr.cci.hotline.simulator.pbx.EndpointBehaviour;
import fr.cci.hotline.simulator.pbx.LocalChannels;
import fr.cci.hotline.simulator.pbx.LocalOriginate;
import fr.cci.hotline.simulator.pbx.Pbx;
import java.time.Duration;
import java.util.Optional;

/**
 * Originate to a PJSIP endpoint (an advisor for a callback): the phone rings with its behaviour;
 * once answered the channel runs Context/Exten/Priority or Application/Data; OriginateResponse
 * reports the outcome (Reason 4 answered, 3 no answer, 5 busy, 0 unavailable).
 */
public final class OriginateAction {

  private final Pbx pbx;
  private final DialplanRunner runner;
  private final Applications applications;
  private final ChannelVariables variables;
  private final LocalOriginate localOriginate;

  public OriginateAction(
      Pbx pbx, DialplanRunner runner, Applications applications, ChannelVariables variables) {
    this.pbx = pbx;
    this.runner = runner;
    this.applications = applications;
    this.variables = variables;
    this.localOriginate = new LocalOriginate(pbx);
  }

  public void originate(AmiMessage request, AmiReplies replies) {
    String target = request.getOrEmpty("Channel");
    if (target.isEmpty()) {
      replies.error("Channel not specified");
      return;
    }
    boolean local = LocalChannels.isLocal(target);
    if (!local && !target.toUpperCase().startsWith("PJSIP/")) {
      replies.error("Originate failed: only PJSIP/ and Local/ channels are modelled");
      return;
    }
    replies.success("Originate successfully queued");
    String actionId = replies.actionId();
    pbx.executor()
        .execute(
            () -> {
              if (local) {
                callLocal(request, actionId, target);
              } else {
                call(request, actionId, target.substring(6));
              }
            });
  }

  /** Local/exten@context: the ;2 half runs there, the ;1 half the Originate's destination. */
  private void callLocal(AmiMessage request, String actionId, String target) {
    String[] callerId = CallerIds.parse(request.getOrEmpty("CallerID"));
    LocalOriginate.Outcome outcome =
        localOriginate.dial(
            target,
            one -> assignAll(request, one),
            callerId[0],
            callerId[1],
            timeout(request.getOrEmpty("Timeout")));
    Channel one = outcome.channel();
    respond(request, actionId, one, outcome.reason());
    if (outcome.reason() != 4) {
      return;
    }
    runDestination(request, one);
  }

  private void call(AmiMessage request, String actionId, String resource) {
    Optional<Endpoint> endpoint = pbx.endpoints().find(resource);
    String context = request.getOrEmpty("Context");
    String exten = request.get("Exten").orElse("s");
    Channel channel =
        pbx.newChannel(
            "PJSIP", resource, "PJSIP/" + resource, ChannelState.DOWN, context, exten, null);
    CallerIds.apply(request.getOrEmpty("CallerID"), channel);
    pbx.events().newchannel(channel);
    assignAll(request, channel);
    int reason = ring(channel, endpoint, request.getOrEmpty("Timeout"));
    respond(request, actionId, channel, reason);
    if (reason != 4) {
      channel.hangupCause(reason == 5 ? 17 : 19);
      pbx.destroy(channel);
      endpoint.ifPresent(pbx.endpoints()::idle);
      return;
    }
    runDestination(request, channel);
    endpoint.ifPresent(pbx.endpoints()::idle);
  }

  /** Application/Data runs the application alone (no Newexten); else the dialplan from there. */
  private void runDestination(AmiMessage request, Channel channel) {
    String application = request.getOrEmpty("Application");
    if (!application.isEmpty()) {
      applications.find(application).ifPresent(a -> a.execute(channel, request.getOrEmpty("Data")));
      pbx.destroy(channel);
    } else {
      int priority = Integer.parseInt(request.get("Priority").orElse("1").trim());
      String exten = request.get("Exten").orElse("s");
      runner.run(channel, request.getOrEmpty("Context"), exten, priority);
    }
  }

  private static Duration timeout(String millis) {
    return Duration.ofMillis(millis.isBlank() ? 30_000 : Long.parseLong(millis.trim()));
  }

  private int ring(Channel channel, Optional<Endpoint> endpoint, String timeoutMillis) {
    if (endpoint.isEmpty() || !endpoint.get().registered()) {
      return 0;
    }
    EndpointBehaviour behaviour = endpoint.get().behaviour();
    if (behaviour.kind() == EndpointBehaviour.Kind.BUSY || !endpoint.get().tryReserve()) {
      return 5;
    }
    channel.state(ChannelState.RINGING);
    pbx.events().newstate(channel);
    pbx.endpoints().changeState(endpoint.get(), "RINGING");
    Duration limit =
        Duration.ofMillis(timeoutMillis.isEmpty() ? 30_000 : Long.parseLong(timeoutMillis.trim()));
    boolean answers =
        behaviour.kind() == EndpointBehaviour.Kind.ANSWER
            && behaviour.ringTime().compareTo(limit) <= 0;
    channel.signals().sleep(pbx.clock().realNanos(answers ? behaviour.ringTime() : limit));
    if (!answers || channel.isHungUp()) {
      return 3;
    }
    channel.state(ChannelState.UP);
    pbx.events().newstate(channel);
    pbx.endpoints().changeState(endpoint.get(), "INUSE");
    return 4;
  }

  private void respond(AmiMessage request, String actionId, Channel channel, int reason) {
    AmiMessage event = pbx.events().header("OriginateResponse", "call,all");
    if (actionId != null) {
      event.add("ActionID", actionId);
    }
    event.add("Response", reason == 4 ? "Success" : "Failure").add("Channel", channel.name());
    if (!request.getOrEmpty("Application").isEmpty()) {
      event
          .add("Application", request.getOrEmpty("Application"))
          .add("Data", request.getOrEmpty("Data"));
    } else {
      event
          .add("Context", request.getOrEmpty("Context"))
          .add("Exten", request.get("Exten").orElse("s"));
    }
    pbx.events()
        .publish(
            event
                .add("Reason", reason)
                .add("Uniqueid", channel.uniqueId())
                .add("CallerIDNum", channel.callerIdNum())
                .add("CallerIDName", channel.callerIdName()));
  }

  /**
   * The Variable headers: Asterisk builds a list by inserting each at its head, then sets them in
   * list order, so they arrive last first (S1: HOLD_SECS, DTMF_DELAY, DTMF_DIGITS).
   */
  private void assignAll(AmiMessage request, Channel channel) {
    java.util.List<String> pairs = new java.util.ArrayList<>();
    request.getAll("Variable").forEach(v -> pairs.addAll(java.util.List.of(v.split(","))));
    java.util.Collections.reverse(pairs);
    for (String pair : pairs) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        variables.write(channel, pair.substring(0, equals).trim(), pair.substring(equals + 1));
      }
    }
  }
}
