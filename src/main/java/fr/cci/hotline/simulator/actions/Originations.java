package fr.cci.hotline.simulator.actions;

import fr.cci.hotline.simulator.ami.AmiMessage;
import fr.cci.hotline.simulator.pbx.Channel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every AMI Originate of a PJSIP channel the simulator carried out, in order: what a test reads to
 * see whom the service rang (a call-back's advisor) and how the call went on.
 */
public final class Originations {

  /**
   * One Originate.
   *
   * @param target the Channel header ({@code PJSIP/adv101})
   * @param leg the channel created (its trace holds the Dials the dialplan made from it)
   * @param variables the Variable headers
   * @param reason OriginateResponse's Reason before failures were reported as 0: 4 answered, 3 no
   *     answer, 5 busy
   */
  public record Entry(String target, Channel leg, Map<String, String> variables, int reason) {}

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  void record(Channel leg, AmiMessage request, int reason) {
    entries.add(
        new Entry(
            request.getOrEmpty("Channel"),
            leg,
            Map.copyOf(OriginateAction.variables(request)),
            reason));
  }

  public List<Entry> all() {
    return List.copyOf(entries);
  }
}
