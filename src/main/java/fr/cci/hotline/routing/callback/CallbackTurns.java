package fr.cci.hotline.routing.callback;

import fr.cci.hotline.routing.LineHours;
import fr.cci.hotline.telephony.CallControl;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The call-backs a dispatch pass may offer: those due, while the line is open and the AMI link up
 * (a call-back is an Originate: without the link, the advisor would be reserved for nothing).
 */
@Component
public class CallbackTurns {

  private final CallbackLine callbacks;
  private final ObjectProvider<LineHours> hours;
  private final CallControl control;

  CallbackTurns(CallbackLine callbacks, ObjectProvider<LineHours> hours, CallControl control) {
    this.callbacks = callbacks;
    this.hours = hours;
    this.control = control;
  }

  public List<Callback> due(Instant now) {
    LineHours lineHours = hours.getIfAvailable();
    if ((lineHours != null && !lineHours.openNow()) || !control.available()) {
      return List.of();
    }
    return callbacks.due(now);
  }

  /** PENDING → RINGING for this advisor; see {@link CallbackLine#offer}. */
  public boolean offer(Callback callback, String advisorId, String channelId, Instant now) {
    return callbacks.offer(callback.caseNumber(), advisorId, channelId, now);
  }
}
