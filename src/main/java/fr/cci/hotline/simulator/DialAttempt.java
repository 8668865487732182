package fr.cci.hotline.simulator;

/**
 * One ring of an advisor (Dial or queue).
 *
 * @param target the dial string or queue member interface (PJSIP/adv101)
 * @param dialStatus ANSWER, NOANSWER, BUSY, CHANUNAVAIL or CANCEL
 * @param ringMillis simulated milliseconds of ringing
 */
public record DialAttempt(String target, String dialStatus, long ringMillis) {}
