package fr.cci.hotline.telephony.agi;

import fr.cci.hotline.telephony.CallScript;
import fr.cci.hotline.telephony.CallerHungUp;
import java.util.function.UnaryOperator;
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
  private final UnaryOperator<String> sounds;

  GuardedScript(CallScript script, AgiSessions sessions, UnaryOperator<String> sounds) {
    this.script = script;
    this.sessions = sessions;
    this.sounds = sounds;
  }

  @Override
  public void service(AgiRequest request, AgiChannel channel) {
    sessions.opened();
    try {
      script.run(new AgiCallChannel(request, channel, sounds));
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
