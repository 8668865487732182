package fr.cci.hotline.simulator.pbx;

import fr.cci.hotline.simulator.ami.AmiMessage;
import java.time.Duration;

/**
 * Calls a PJSIP endpoint for Dial or Queue and, when it answers, bridges it with the caller; the
 * events and their order follow the S9/S10 captures (chan_pjsip advisors).
 */
public final class Dialer {

  /** Which application dials: the names in Newexten and the DialString differ. */
  public enum Flavor {
    DIAL("AppDial"),
    QUEUE("AppQueue");

    private final String application;

    Flavor(String application) {
      this.application = application;
    }
  }

  private final Pbx pbx;
  private final ChannelEvents events;
  private final ChannelVariables variables;
  private final DialTalk talk;

  public Dialer(Pbx pbx, ChannelVariables variables) {
    this.pbx = pbx;
    this.events = pbx.events();
    this.variables = variables;
    this.talk = new DialTalk(pbx, variables);
  }

  /**
   * Dials and, on answer, holds the conversation until one side hangs up.
   *
   * @param ringTimeout how long to ring, null for no limit
   * @param keepCaller Dial's option g: the caller goes on in the dialplan after the callee hangs up
   */
  public DialResult dial(
      Channel caller,
      String target,
      Duration ringTimeout,
      Flavor flavor,
      boolean keepCaller,
      DialObserver observer) {
    int slash = target.indexOf('/');
    String resource = target.substring(slash + 1);
    if (slash < 0 || !target.substring(0, slash).equalsIgnoreCase("PJSIP")) {
      return new DialResult("CHANUNAVAIL", 0, false);
    }
    boolean external = resource.contains("@");
    Endpoint endpoint = endpointFor(resource, external);
    if (endpoint == null || !endpoint.registered()) {
      return new DialResult("CHANUNAVAIL", 0, false);
    }
    boolean reserved = external || endpoint.tryReserve();
    Channel callee = createCallee(caller, endpoint, flavor);
    observer.called(caller, callee);
    events.publish(events.dialBegin(caller, callee, flavor == Flavor.DIAL ? resource : target));
    caller.connectedLine(callee.callerIdNum(), callee.callerIdName());
    events.publishSnapshot(caller);
    long start = pbx.clock().epochNanos();
    EndpointBehaviour behaviour = endpoint.behaviour();
    if (!reserved || behaviour.kind() == EndpointBehaviour.Kind.BUSY) {
      // chan_pjsip queues the hang-up as the 486 arrives, before app_dial reports it.
      events.publish(
          ChannelEvents.snapshot(events.header("HangupRequest", "call,all"), "", callee)
              .add("Cause", HangupCause.USER_BUSY)
              .add("TechCause", 486));
      end(caller, callee, "BUSY", HangupCause.USER_BUSY);
      if (reserved) {
        endpoint.release();
      }
      return new DialResult("BUSY", 0, false);
    }
    ringing(caller, callee, endpoint, flavor, external, start);
    long ringNanos = behaviour.answers() ? pbx.clock().realNanos(endpoint.nextRingTime()) : -1;
    long limitNanos = ringTimeout == null ? -1 : pbx.clock().realNanos(ringTimeout);
    boolean answers = ringNanos >= 0 && (limitNanos < 0 || ringNanos <= limitNanos);
    boolean callerStayed = caller.signals().sleep(answers ? ringNanos : limitNanos);
    long ringMillis = pbx.clock().millisSince(start);
    if (!callerStayed) {
      end(caller, callee, "CANCEL", HangupCause.NORMAL_CLEARING);
      idle(endpoint, external);
      return new DialResult("CANCEL", ringMillis, true);
    }
    if (!answers) {
      observer.ringNoAnswer(caller, callee, ringMillis);
      end(caller, callee, "NOANSWER", HangupCause.NORMAL_CLEARING);
      idle(endpoint, external);
      return new DialResult("NOANSWER", ringMillis, false);
    }
    callee.state(ChannelState.UP);
    events.publishSnapshot(callee);
    if (flavor == Flavor.DIAL) {
      answeredVariables(caller, callee, resource);
    }
    if (!external) {
      pbx.endpoints().changeState(endpoint, "INUSE");
    }
    if (flavor == Flavor.DIAL) {
      // app_dial empties the callee's extension for the bridge; DialEnd's fresh snapshot shows it.
      callee.position(callee.context(), "", 1);
    }
    events.publish(dialEvent("DialEnd", caller, callee, "ANSWER"));
    pbx.answer(caller);
    caller.trace().answeredBy(resource);
    observer.connected(caller, callee, ringMillis);
    boolean callerGone =
        talk.converse(
            caller, callee, endpoint.nextTalkTime(), flavor == Flavor.DIAL, keepCaller, observer);
    idle(endpoint, external);
    return new DialResult("ANSWER", ringMillis, callerGone);
  }

  private Endpoint endpointFor(String resource, boolean external) {
    return external
        ? pbx.endpoints().outside(resource)
        : pbx.endpoints().find(resource).orElse(null);
  }

  /**
   * The callee channel as app_dial (S10) and app_queue (S9) prepare it: the caller's extension as
   * its number, the caller's connected name, the caller as connected line. app_dial publishes all
   * of it at once after DIALEDPEERNUMBER; app_queue publishes the number first and the rest with
   * the ringing.
   */
  private Channel createCallee(Channel caller, Endpoint endpoint, Flavor flavor) {
    String base = endpoint.name().contains("@") ? Endpoints.OPERATOR : endpoint.name();
    Channel callee =
        pbx.newChannel(
            "PJSIP",
            base,
            "PJSIP/" + base,
            ChannelState.DOWN,
            endpoint.context(),
            "s",
            caller.linkedId());
    EndpointProfiles.Profile profile = endpoint.profile();
    callee.language(profile.language());
    if (profile.callerIdNum() != null) {
      // chan_pjsip gives the channel the endpoint's callerid: Newchannel shows it, app_dial keeps
      // it.
      callee.callerId(profile.callerIdNum(), profile.callerIdName());
    }
    events.publishSnapshot(callee);
    callee.application(flavor.application, "(Outgoing Line)");
    if (profile.callerIdNum() == null) {
      callee.callerId(caller.exten(), caller.connectedName());
    }
    if (flavor == Flavor.DIAL) {
      variables.write(callee, "DIALEDPEERNUMBER", endpoint.name());
      callee.connectedLine(caller.callerIdNum(), caller.callerIdName());
      callee.position(callee.context(), caller.exten(), 1);
      events.publishSnapshot(callee);
    } else {
      events.publishSnapshot(callee);
      variables.write(callee, "DIALEDPEERNUMBER", endpoint.name());
      callee.connectedLine(caller.callerIdNum(), caller.callerIdName());
      callee.position(callee.context(), caller.exten(), 1);
    }
    return callee;
  }

  private void ringing(
      Channel caller,
      Channel callee,
      Endpoint endpoint,
      Flavor flavor,
      boolean external,
      long start) {
    callee.state(ChannelState.RINGING);
    if (flavor == Flavor.DIAL) {
      long millis = pbx.clock().millisSince(start);
      variables.write(caller, "RINGTIME", String.valueOf(millis / 1000));
      variables.write(caller, "RINGTIME_MS", String.valueOf(millis));
    }
    events.publishSnapshot(callee);
    events.publish(dialEvent("DialState", caller, callee, "RINGING"));
    if (!external) {
      pbx.endpoints().changeState(endpoint, "RINGING");
    }
    caller.observers().forEach(o -> o.waitingStarted(caller));
  }

  /**
   * app_dial's variables on the caller once answered, before DialEnd; from then on the caller's
   * hang-up cause is Normal Clearing (its BYE shows it: S10, unlike S9's queue).
   */
  private void answeredVariables(Channel caller, Channel callee, String resource) {
    caller.hangupCause(HangupCause.NORMAL_CLEARING);
    variables.write(caller, "DIALSTATUS", "ANSWER");
    variables.write(caller, "DIALEDPEERNAME", callee.name());
    variables.write(caller, "DIALEDPEERNUMBER", resource);
  }

  private void end(Channel caller, Channel callee, String status, int cause) {
    events.publish(dialEvent("DialEnd", caller, callee, status));
    callee.hangupCause(cause);
    pbx.destroy(callee);
  }

  private void idle(Endpoint endpoint, boolean external) {
    if (!external) {
      pbx.endpoints().idle(endpoint);
    }
  }

  private AmiMessage dialEvent(String name, Channel caller, Channel callee, String status) {
    return events.dialStatus(name, caller, callee, status);
  }
}
