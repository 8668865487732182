package fr.cci.hotline.simulator;

import fr.cci.hotline.simulator.actions.Originations;
import java.util.List;
import java.util.Map;

/**
 * A phone the service had the PBX ring with an AMI Originate.
 *
 * @param target the channel asked for ({@code PJSIP/adv101})
 * @param uniqueId the channel's unique id (the Originate's ChannelId when given)
 * @param variables the Originate's channel variables
 * @param answered whether the phone answered
 * @param dials what the dialplan dialled from that channel once answered (a call-back's business
 *     owner), in order, so far
 */
public record OriginatedCall(
    String target,
    String uniqueId,
    Map<String, String> variables,
    boolean answered,
    List<DialAttempt> dials) {

  static OriginatedCall of(Originations.Entry entry) {
    return new OriginatedCall(
        entry.target(),
        entry.leg().uniqueId(),
        entry.variables(),
        entry.reason() == 4,
        entry.leg().trace().attempts().stream()
            .map(a -> new DialAttempt(a.target(), a.dialStatus(), a.ringMillis()))
            .toList());
  }
}
