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
import fr.cci.hotline.simulator.pbx.EndpointProfiles;
import fr.cci.hotline.simulator.pbx.Endpoints;
import fr.cci.hotline.simulator.pbx.HangupCause;
import fr.cci.hotline.simulator.pbx.LocalChannels;
import fr.cci.hotline.simulator.pbx.LocalOriginate;
import fr.cci.hotline.simulator.pbx.Pbx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Originate to a PJSIP endpoint (an advisor's phone for a call-back) or a number behind the trunk,
 * or to a Local channel: the phone rings with its behaviour; once answered the channel runs
 * Context/Exten/Priority or Application/Data; OriginateResponse reports the outcome (Reason 4
 * answered, 3 no answer, 0 busy or unavailable). Each PJSIP originate is written down in {@link
 * Originations}.
 */
public final class OriginateAction {

  private final Pbx pbx;
  private final DialplanRunner runner;
  private final Applications applications;
  private final ChannelVariables variables;
  private final LocalOriginate localOriginate;
  private final Originations originations;

  public OriginateAction(
      Pbx pbx,
      DialplanRunner runner,
      Applications applications,
      ChannelVariables variables,
      Originations originations) {
    this.pbx = pbx;
    this.runner = runner;
    this.applications = applications;
    this.variables = variables;
    this.localOriginate = new LocalOriginate(pbx);
    this.originations = originations;
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
    respond(request, actionId, one.name(), one, outcome.reason());
    if (outcome.reason() != 4) {
      return;
    }
    runDestination(request, one);
  }

  /**
   * PJSIP/resource, as Asterisk 22 does it through the dial API (captured with the project's
   * configuration): the channel takes the ChannelId; DialBegin and DialState have no calling
   * channel; the phone's device state is BUSY while it rings. An unregistered phone gets only
   * OriginateResponse Failure (Reason 0); a busy one HangupRequest (17), DialEnd BUSY, Failure
   * Reason 0; one that does not answer Failure Reason 3 then the Hangup (19), without DialEnd. The
   * failures name the channel without its suffix.
   */
  private void call(AmiMessage request, String actionId, String resource) {
    boolean outside = resource.contains("@");
    Endpoint endpoint =
        outside
            ? pbx.endpoints().outside(resource)
            : pbx.endpoints().find(resource).filter(Endpoint::registered).orElse(null);
    if (endpoint == null) {
      respond(request, actionId, "PJSIP/" + resource, null, 0);
      return;
    }
    String base = outside ? Endpoints.OPERATOR : resource;
    Channel channel =
        pbx.newChannelWithId(
            "PJSIP",
            base,
            "PJSIP/" + base,
            ChannelState.DOWN,
            request.getOrEmpty("Context"),
            request.get("Exten").orElse("s"),
            request.getOrEmpty("ChannelId"));
    EndpointProfiles.Profile profile = endpoint.profile();
    channel.language(profile.language());
    if (profile.callerIdNum() != null) {
      channel.callerId(profile.callerIdNum(), profile.callerIdName());
    }
    pbx.events().newchannel(channel);
    // The Originate's caller id replaces the endpoint's at once: NewCallerid, NewConnectedLine.
    CallerIds.apply(request.getOrEmpty("CallerID"), channel);
    pbx.events().publishSnapshot(channel);
    assignAll(request, channel);
    pbx.events().publish(pbx.events().dialBegin(null, channel, resource));
    int reason = ring(channel, endpoint, outside, request.getOrEmpty("Timeout"));
    if (reason != 4) {
      failed(request, actionId, channel, resource, reason);
      idle(endpoint, outside);
      return;
    }
    originations.record(channel, request, reason);
    respond(request, actionId, channel.name(), channel, reason);
    runDestination(request, channel);
    idle(endpoint, outside);
  }

  private void failed(
      AmiMessage request, String actionId, Channel channel, String resource, int reason) {
    if (reason == 5) {
      pbx.events().hangupRequest(channel, HangupCause.USER_BUSY);
      pbx.events().publish(pbx.events().dialStatus("DialEnd", null, channel, "BUSY"));
      channel.hangupCause(HangupCause.USER_BUSY);
    } else {
      channel.hangupCause(HangupCause.NO_ANSWER);
    }
    originations.record(channel, request, reason);
    respond(request, actionId, "PJSIP/" + resource, channel, reason == 5 ? 0 : reason);
    pbx.destroy(channel);
  }

  private void idle(Endpoint endpoint, boolean outside) {
    if (!outside) {
      pbx.endpoints().idle(endpoint);
    }
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

  /** Rings the phone: 4 answered, 3 no answer (or the timeout), 5 busy. */
  private int ring(Channel channel, Endpoint endpoint, boolean outside, String timeoutMillis) {
    EndpointBehaviour behaviour = endpoint.behaviour();
    if (behaviour.kind() == EndpointBehaviour.Kind.BUSY || (!outside && !endpoint.tryReserve())) {
      return 5;
    }
    channel.state(ChannelState.RINGING);
    pbx.events().newstate(channel);
    pbx.events().publish(pbx.events().dialStatus("DialState", null, channel, "RINGING"));
    if (!outside) {
      pbx.endpoints().changeState(endpoint, "BUSY");
    }
    Duration limit = timeout(timeoutMillis);
    Duration ringTime = endpoint.nextRingTime();
    boolean answers = behaviour.answers() && ringTime.compareTo(limit) <= 0;
    channel.signals().sleep(pbx.clock().realNanos(answers ? ringTime : limit));
    if (!answers || channel.isHungUp()) {
      return 3;
    }
    channel.state(ChannelState.UP);
    pbx.events().newstate(channel);
    pbx.events().publish(pbx.events().dialStatus("DialEnd", null, channel, "ANSWER"));
    if (behaviour.kind() == EndpointBehaviour.Kind.HANG_UP_AFTER_ANSWER) {
      pbx.executor()
          .execute(
              () -> {
                pbx.clock().sleep(behaviour.talkTime());
                if (!channel.isHungUp()) {
                  pbx.byeFromRemote(channel);
                }
              });
    }
    return 4;
  }

  private void respond(
      AmiMessage request, String actionId, String channelName, Channel channel, int reason) {
    AmiMessage event = pbx.events().header("OriginateResponse", "call,all");
    if (actionId != null) {
      event.add("ActionID", actionId);
    }
    event.add("Response", reason == 4 ? "Success" : "Failure").add("Channel", channelName);
    if (!request.getOrEmpty("Application").isEmpty()) {
      event
          .add("Application", request.getOrEmpty("Application"))
          .add("Data", request.getOrEmpty("Data"));
    } else {
      event
          .add("Context", request.getOrEmpty("Context"))
          .add("Exten", request.get("Exten").orElse("s"));
    }
    String[] callerId = CallerIds.parse(request.getOrEmpty("CallerID"));
    pbx.events()
        .publish(
            event
                .add("Reason", reason)
                .add(
                    "Uniqueid",
                    channel != null ? channel.uniqueId() : request.getOrEmpty("ChannelId"))
                .add("CallerIDNum", callerId[0].isEmpty() ? Channel.UNKNOWN : callerId[0])
                .add("CallerIDName", callerId[1].isEmpty() ? Channel.UNKNOWN : callerId[1]));
  }

  /**
   * The Variable headers: Asterisk builds a list by inserting each at its head, then sets them in
   * list order, so they arrive last first (S1: HOLD_SECS, DTMF_DELAY, DTMF_DIGITS).
   */
  private void assignAll(AmiMessage request, Channel channel) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>(variables(request).entrySet());
    Collections.reverse(pairs);
    pairs.forEach(pair -> variables.write(channel, pair.getKey(), pair.getValue()));
  }

  /** The Variable headers ({@code NAME=value}, several per header when comma-separated). */
  static Map<String, String> variables(AmiMessage request) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String header : request.getAll("Variable")) {
      for (String pair : header.split(",")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          values.put(pair.substring(0, equals).trim(), pair.substring(equals + 1));
        }
      }
    }
    return values;
  }
}
