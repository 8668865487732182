package fr.cci.hotline.advisors;

import fr.cci.hotline.telephony.CallControl;
import fr.cci.hotline.telephony.DialplanExtension;
import fr.cci.hotline.telephony.TelephonyFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A {@link CallControl} that writes down the queue actions it is asked for ({@code queueAdd
 * hotline-fallback PJSIP/adv101 Claire paused=false}) and can play a link that is down.
 */
public class RecordingCallControl implements CallControl {

  private final List<String> actions = new CopyOnWriteArrayList<>();
  private volatile boolean down;

  /** Replaces telephony's AMI call control in the tests of this module. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Configuration {
    @Bean
    @Primary
    RecordingCallControl recordingCallControl() {
      return new RecordingCallControl();
    }
  }

  /** The actions recorded for one member interface, in order. */
  public List<String> actionsFor(String memberInterface) {
    return actions.stream().filter(action -> action.contains(" " + memberInterface)).toList();
  }

  public void linkDown(boolean isDown) {
    this.down = isDown;
  }

  @Override
  public boolean available() {
    return !down;
  }

  @Override
  public String originate(
      String channel,
      String channelId,
      DialplanExtension answered,
      String callerId,
      Duration ringTimeout,
      Map<String, String> variables) {
    throw new UnsupportedOperationException("the advisors module never originates");
  }

  @Override
  public void hangup(String channel) {
    throw new UnsupportedOperationException("the advisors module never hangs up");
  }

  @Override
  public void queueAdd(String queue, String memberInterface, String memberName, boolean paused) {
    record("queueAdd " + queue + " " + memberInterface + " " + memberName + " paused=" + paused);
  }

  @Override
  public void queueRemove(String queue, String memberInterface) {
    record("queueRemove " + queue + " " + memberInterface);
  }

  @Override
  public void queuePause(String queue, String memberInterface, boolean paused, String reason) {
    record("queuePause " + queue + " " + memberInterface + " paused=" + paused + " " + reason);
  }

  private void record(String action) {
    if (down) {
      throw new TelephonyFailure(action.split(" ")[0] + ": the AMI link is down", null);
    }
    actions.add(action);
  }
}
