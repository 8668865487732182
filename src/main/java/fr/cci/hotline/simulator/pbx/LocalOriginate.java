package fr.cci.hotline.simulator.pbx;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The dialling part of an AMI Originate of "Local/exten@context" (ast_pbx_outgoing_*, through the
 * dial API): the ;1 half runs "AppDial2", gets the Originate's variables and caller id, the ;2 half
 * starts at exten@context, and the originate thread reads the ;1 half until it is answered.
 * DialBegin, DialState and DialEnd have no calling channel (S0, S1).
 */
public final class LocalOriginate {

  /** The ;1 half and the OriginateResponse Reason: 4 answered, 3 no answer, 1 hung up. */
  public record Outcome(Channel channel, int reason) {}

  private final Pbx pbx;
  private final LocalRinging ringing;

  public LocalOriginate(Pbx pbx) {
    this.pbx = pbx;
    this.ringing = new LocalRinging(pbx);
  }

  /**
   * Requests the pair, gives the ;1 half the Originate's variables then its caller id (twice
   * published: NewCallerid, then NewConnectedLine with the same party), calls it and waits for the
   * answer.
   *
   * @param variables sets the Variable headers on the ;1 half
   * @param callerNum the CallerID header's number, empty for none
   * @param callerName its name, empty for none
   */
  public Outcome dial(
      String target,
      Consumer<Channel> variables,
      String callerNum,
      String callerName,
      Duration timeout) {
    ChannelEvents events = pbx.events();
    Channel one = pbx.locals().request(target, null);
    one.application("AppDial2", "(Outgoing Line)");
    events.publishSnapshot(one);
    variables.accept(one);
    if (!callerNum.isEmpty() || !callerName.isEmpty()) {
      one.callerId(orUnknown(callerNum), orUnknown(callerName));
      events.publishSnapshot(one);
      one.connectedLine(one.callerIdNum(), one.callerIdName());
      events.publishSnapshot(one);
    }
    pbx.locals().call(one);
    String resource = target.substring(target.indexOf('/') + 1);
    events.publish(events.dialBegin(null, one, resource));
    LocalRinging.Outcome outcome = ringing.await(null, one, timeout, () -> ringing(one));
    if (outcome == LocalRinging.Outcome.ANSWERED) {
      pbx.locals().stateChanged(one, ChannelState.UP);
      events.publish(dialEvent("DialEnd", one, "ANSWER"));
      return new Outcome(one, 4);
    }
    boolean noAnswer = outcome == LocalRinging.Outcome.NO_ANSWER;
    events.publish(dialEvent("DialEnd", one, noAnswer ? "NOANSWER" : "CANCEL"));
    pbx.destroy(one);
    return new Outcome(one, noAnswer ? 3 : 1);
  }

  private static String orUnknown(String value) {
    return value.isEmpty() ? Channel.UNKNOWN : value;
  }

  private void ringing(Channel one) {
    pbx.locals().stateChanged(one, ChannelState.RINGING);
    pbx.events().publish(dialEvent("DialState", one, "RINGING"));
  }

  private fr.cci.hotline.simulator.ami.AmiMessage dialEvent(
      String name, Channel one, String status) {
    return pbx.events().dialStatus(name, null, one, status);
  }
}
