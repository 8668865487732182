package fr.cci.hotline.telephony.ami;

import fr.cci.hotline.telephony.ChannelHungUp;
import fr.cci.hotline.telephony.ChannelsBridged;
import fr.cci.hotline.telephony.ContactStatusChanged;
import fr.cci.hotline.telephony.DeviceState;
import fr.cci.hotline.telephony.DeviceStateChanged;
import fr.cci.hotline.telephony.DialFinished;
import fr.cci.hotline.telephony.DialStarted;
import fr.cci.hotline.telephony.DialStatus;
import fr.cci.hotline.telephony.FallbackCallEnded;
import fr.cci.hotline.telephony.OriginateFinished;
import java.time.Clock;
import java.time.Instant;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.ContactStatusEvent;
import org.asteriskjava.manager.event.DeviceStateChangeEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.springframework.stereotype.Component;

/**
 * Turns the AMI events the service cares about into our own past-tense events. It runs on
 * Asterisk-Java's single dispatch thread: it only copies fields and hands the result on. The
 * fallback queue's events need the caller's earlier ones to mean something, so {@link
 * FallbackQueueCalls} follows them.
 */
@Component
class AmiEventTranslator implements ManagerEventListener {

  private final PbxEventDispatcher dispatcher;
  private final FallbackQueueCalls fallbackQueue;
  private final AmiEventArrivals arrivals;
  private final Clock clock;

  AmiEventTranslator(
      PbxEventDispatcher dispatcher,
      FallbackQueueCalls fallbackQueue,
      AmiEventArrivals arrivals,
      Clock clock) {
    this.dispatcher = dispatcher;
    this.fallbackQueue = fallbackQueue;
    this.arrivals = arrivals;
    this.clock = clock;
  }

  @Override
  public void onManagerEvent(ManagerEvent event) {
    Instant now = clock.instant();
    arrivals.arrived(reportedAt(event), now);
    Object translated = translate(event, now);
    if (translated != null) {
      dispatcher.dispatch(translated);
    }
    FallbackCallEnded fallback = fallbackQueue.settle(event, now);
    if (fallback != null) {
      dispatcher.dispatch(fallback);
    }
  }

  static Object translate(ManagerEvent event, Instant now) {
    if (event instanceof DeviceStateChangeEvent device) {
      return new DeviceStateChanged(
          device.getDevice(), DeviceState.parse(device.getState()), now, reportedAt(event));
    }
    if (event instanceof ContactStatusEvent contact) {
      String status = contact.getContactStatus();
      boolean reachable =
          ContactStatusEvent.STATUS_REACHABLE.equals(status)
              || ContactStatusEvent.STATUS_CREATED.equals(status)
              || ContactStatusEvent.STATUS_UPDATED.equals(status);
      return new ContactStatusChanged(contact.getAor(), reachable, status, now, reportedAt(event));
    }
    if (event instanceof DialBeginEvent dial) {
      return new DialStarted(
          nullToEmpty(dial.getUniqueId()),
          dial.getDestChannel(),
          dial.getDestUniqueId(),
          nullToEmpty(dial.getDialString()),
          now);
    }
    if (event instanceof DialEndEvent dial) {
      return new DialFinished(
          nullToEmpty(dial.getUniqueId()),
          dial.getDestChannel(),
          dial.getDestUniqueId(),
          DialStatus.parse(dial.getDialStatus()),
          now);
    }
    if (event instanceof HangupEvent hangup) {
      return new ChannelHungUp(
          hangup.getUniqueId(),
          hangup.getLinkedId(),
          hangup.getChannel(),
          hangup.getCause() == null ? 0 : hangup.getCause(),
          nullToEmpty(hangup.getCauseTxt()),
          now);
    }
    if (event instanceof BridgeEnterEvent bridge) {
      return new ChannelsBridged(
          bridge.getBridgeUniqueId(), bridge.getUniqueId(), bridge.getChannel(), now);
    }
    if (event instanceof OriginateResponseEvent originate) {
      boolean answered = "Success".equalsIgnoreCase(originate.getResponse());
      return new OriginateFinished(
          originate.getActionId(),
          answered,
          answered ? DialStatus.ANSWER : originateFailure(originate.getReason()),
          originate.getChannel(),
          originate.getUniqueId(),
          now);
    }
    return null;
  }

  /** OriginateResponse's Reason: the AST_CONTROL frame that ended the ringing. */
  private static DialStatus originateFailure(Integer reason) {
    return switch (reason == null ? 0 : reason) {
      case 1 -> DialStatus.CANCEL;
      case 3 -> DialStatus.NOANSWER;
      case 5 -> DialStatus.BUSY;
      case 8 -> DialStatus.CONGESTION;
      default -> DialStatus.CHANUNAVAIL;
    };
  }

  /**
   * Asterisk's own time of the event (manager.conf {@code timestampevents = yes}); null for the
   * items of a list such as DeviceStateList, which carry none and state what holds now.
   */
  private static Instant reportedAt(ManagerEvent event) {
    Double seconds = event.getTimestamp();
    if (seconds == null) {
      return null;
    }
    long micros = Math.round(seconds * 1_000_000);
    return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
