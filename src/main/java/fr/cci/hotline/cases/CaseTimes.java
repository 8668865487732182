package fr.cci.hotline.cases;

import java.time.Instant;

/**
 * What a case says about its call, for figures: where the caller was, what became of the call and
 * when; never who called nor what was said.
 *
 * @param chamber the chamber of the advisor who answered, else the one usually serving the
 *     département
 * @param stepReached where an abandoned caller stopped: a menu step, or {@code waiting}
 * @param lineOpen whether the line was open when the call arrived (null when not known)
 * @param callbackRequested whether the caller asked to be called back
 * @param queuedAt when the caller joined the waiting line, after the menu; null if never
 * @param waitSeconds from joining the line to the answer or to leaving it; null if never in it
 * @param talkSeconds the conversation with the advisor, once it is over
 */
public record CaseTimes(
    String department,
    String chamber,
    String topic,
    CaseStatus status,
    String stepReached,
    Boolean lineOpen,
    boolean callbackRequested,
    Instant arrivedAt,
    Instant queuedAt,
    Instant answeredAt,
    Instant endedAt,
    Integer menuSeconds,
    Integer waitSeconds,
    Integer talkSeconds) {}
