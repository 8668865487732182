package fr.cci.hotline.telephony.agi;

import fr.cci.hotline.telephony.CallScript;
import fr.cci.hotline.telephony.CallerHungUp;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link CallScript} so that a caller's hang-up is a normal end and a failure leaves the
 * call without a decision, which the dialplan turns into the fallback queue.
 */
final class GuardedScript implements AgiScript {

  private static final Logger log = LoggerFactory.getLogger(GuardedScript.class);

  private final CallScript script;
  private final AgiSessions sessions;

  GuardedScript(CallScript script, AgiSessions sessions) {
    this.script = script;
    this.sessions = sessions;
  }

  @Override
  public void service(AgiRequest request, AgiChannel channel) {
    sessions.opened();
    try {
      script.run(new AgiCallChannel(request, channel));
    } catch (CallerHungUp hangup) {
      log.debug("Caller hung up during {} on {}", script.name(), request.getChannel());
    } catch (RuntimeException failure) {
      log.warn(
          "Script {} failed on {}; the dialplan falls back: {}",
          script.name(),
          request.getChannel(),
          failure.toString());
    } finally {
      sessions.closed();
    }
  }
}
