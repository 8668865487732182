package fr.cci.hotline.simulator.pbx;

import fr.cci.hotline.simulator.ami.AmiMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * SendDTMF(digits,between,duration) as ast_dtmf_stream plays it: 100 ms of quiet, then per digit
 * its begin, its duration, its end and the pause between digits; 'w' waits half a second, 'W' a
 * second. Sent from a Local half, a digit arrives on the other half ("Received", taken there at its
 * end) and, if that half is bridged, crosses the bridge ("Sent" on the bridged channel, which as a
 * Local half hands it to its own other half: S7, S8).
 */
final class DtmfSender {

  private static final Duration QUIET = Duration.ofMillis(100);

  /** The longest a digit waits for a receiving channel's thread to catch up (real time). */
  private static final long SETTLE_NANOS = 20_000_000L;

  /** One channel a digit shows on, and which way. */
  private record Leg(Channel channel, String direction) {}

  private final Pbx pbx;

  DtmfSender(Pbx pbx) {
    this.pbx = pbx;
  }

  /** Returns false when the sending channel hung up meanwhile. */
  boolean send(Channel channel, String data) {
    String[] arguments = data.split(",", -1);
    Duration between = millis(arguments, 1, 100);
    Duration duration = millis(arguments, 2, 250);
    if (!pause(channel, QUIET)) {
      return false;
    }
    for (char digit : arguments[0].trim().toCharArray()) {
      if (digit == 'w' || digit == 'W') {
        if (!pause(channel, Duration.ofMillis(digit == 'w' ? 500 : 1000))) {
          return false;
        }
        continue;
      }
      List<Leg> legs = legs(channel);
      legs.forEach(leg -> publish("DTMFBegin", leg, digit, null));
      if (!pause(channel, duration)) {
        return false;
      }
      for (Leg leg : legs) {
        publish("DTMFEnd", leg, digit, duration.toMillis());
        if (leg.direction().equals("Received")) {
          leg.channel().signals().deliverDigit(digit);
        }
      }
      if (!pause(channel, between)) {
        return false;
      }
    }
    return true;
  }

  private List<Leg> legs(Channel from) {
    List<Leg> legs = new ArrayList<>();
    Channel peer = from.localPeer();
    if (peer == null) {
      legs.add(new Leg(from, "Sent"));
      return legs;
    }
    legs.add(new Leg(peer, "Received"));
    Bridge bridge = peer.progress().bridge();
    if (bridge != null) {
      for (Channel member : bridge.members()) {
        if (member != peer) {
          legs.add(new Leg(member, "Sent"));
          if (member.localPeer() != null) {
            legs.add(new Leg(member.localPeer(), "Received"));
          }
        }
      }
    }
    return legs;
  }

  private void publish(String event, Leg leg, char digit, Long durationMillis) {
    // The event shows the receiving channel's state: let its thread reach this simulated time.
    leg.channel().signals().settle(SETTLE_NANOS);
    AmiMessage message =
        pbx.events().channelEvent(event, "dtmf,all", leg.channel()).add("Digit", digit);
    if (durationMillis != null) {
      message.add("DurationMs", durationMillis);
    }
    pbx.events().publish(message.add("Direction", leg.direction()));
  }

  private boolean pause(Channel channel, Duration duration) {
    return channel.signals().sleep(pbx.clock().realNanos(duration));
  }

  private static Duration millis(String[] arguments, int index, long otherwise) {
    boolean given = arguments.length > index && !arguments[index].isBlank();
    return Duration.ofMillis(given ? Long.parseLong(arguments[index].trim()) : otherwise);
  }
}
