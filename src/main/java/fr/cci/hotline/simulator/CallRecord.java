package fr.cci.hotline.simulator;

import java.util.List;
import java.util.Map;

/**
 * What happened to one simulated inbound call, once it has ended.
 *
 * @param uniqueId the caller channel's Uniqueid
 * @param callerNumber the caller id number
 * @param agiTranscript the FastAGI lines: "&gt;&gt;&gt; cmd" sent by the service, "&lt;&lt;&lt;
 *     reply" sent by the PBX
 * @param finalVariables the caller channel's variables at the end (HOTLINE_*, DIALSTATUS…)
 * @param dials every ring attempt, in order
 * @param reachedFallbackQueue whether the call entered the hotline-fallback queue
 * @param answeredBy the endpoint that last answered (adv101), or null
 * @param agiStatus the last AGISTATUS, or null when no AGI ran
 * @param hangupCause the caller channel's Q.850 hang-up cause
 * @param promptsPlayed the sound files played to the caller, in order
 */
public record CallRecord(
    String uniqueId,
    String callerNumber,
    List<String> agiTranscript,
    Map<String, String> finalVariables,
    List<DialAttempt> dials,
    boolean reachedFallbackQueue,
    String answeredBy,
    String agiStatus,
    int hangupCause,
    List<String> promptsPlayed) {}
