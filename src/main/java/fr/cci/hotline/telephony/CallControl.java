package fr.cci.hotline.telephony;

import java.time.Duration;
import java.util.Map;

/**
 * Actions on the PBX over AMI. Each call waits for Asterisk's response for a bounded time and
 * throws {@link TelephonyFailure} when the link is down or Asterisk refuses.
 */
public interface CallControl {

  /** Whether the AMI link is up, so that actions have a chance to succeed. */
  boolean available();

  /**
   * Rings {@code channel} (e.g. an advisor's phone) and, once answered, sends it to {@code
   * answered} with the given channel variables. Returns when Asterisk has queued the call.
   *
   * @param channelId the unique id the new channel takes (Asterisk's ChannelId), so that the caller
   *     can follow it from its first event, and find it among the live channels after a resync;
   *     {@link OriginateFinished} carries it too. Null: one is made up
   * @param callerId what the rung phone shows, e.g. {@code Hotline <0232100900>}
   * @return the originated channel's unique id
   */
  String originate(
      String channel,
      String channelId,
      DialplanExtension answered,
      String callerId,
      Duration ringTimeout,
      Map<String, String> variables);

  /** Hangs up a channel by name. */
  void hangup(String channel);

  /** Adds a member to an app_queue queue (the dialplan's fallback). */
  void queueAdd(String queue, String memberInterface, String memberName, boolean paused);

  /** Removes a member from an app_queue queue; a member who is not there is not an error. */
  void queueRemove(String queue, String memberInterface);

  /** Pauses or resumes a member of an app_queue queue. */
  void queuePause(String queue, String memberInterface, boolean paused, String reason);
}
