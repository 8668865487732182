package fr.cci.hotline.routing.call;

import fr.cci.hotline.routing.callback.CallbackDesk;
import fr.cci.hotline.routing.line.WaitingEntry;
import fr.cci.hotline.routing.line.WaitingLine;
import fr.cci.hotline.telephony.CallChannel;
import fr.cci.hotline.telephony.CallVariable;
import fr.cci.hotline.telephony.HotlineAction;
import org.springframework.stereotype.Component;

/**
 * A waiting caller pressed the call-back key: they leave dispatch while they confirm the number,
 * then either the call-back takes their place (they are told and let go) or they wait on.
 */
@Component
class CallbackOffer {

  /** How it went. */
  enum Outcome {
    /** Kept: the caller heard the confirmation, the call ends. */
    KEPT,
    /** No number confirmed: the caller is back in the line, in the same place. */
    DECLINED,
    /** An advisor was reserved for the caller just before: better to connect them. */
    TOO_LATE
  }

  private final WaitingLine line;
  private final CallbackDesk desk;

  CallbackOffer(WaitingLine line, CallbackDesk desk) {
    this.line = line;
    this.desk = desk;
  }

  Outcome take(CallChannel call, WaitingEntry entry) {
    if (!line.callback(entry.callId())) {
      return Outcome.TOO_LATE;
    }
    if (!desk.requestWhileWaiting(call, entry)) {
      call.play(WaitingPrompts.CALLBACK_DECLINED, "");
      return Outcome.DECLINED;
    }
    call.play(WaitingPrompts.CALLBACK_CONFIRMED, "");
    call.set(CallVariable.HOTLINE_ACTION, HotlineAction.HANGUP.name());
    return Outcome.KEPT;
  }

  /** Whether {@code key} asks for a call-back. */
  static boolean asks(char key) {
    return WaitingPrompts.CALLBACK_KEY.equals(String.valueOf(key));
  }
}
