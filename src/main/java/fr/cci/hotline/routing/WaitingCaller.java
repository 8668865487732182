package fr.cci.hotline.routing;

import java.time.Instant;

/**
 * A caller in the waiting line right now, as supervisors see it: no number, no call id.
 *
 * @param department the département the caller gave, or null (regional pool)
 * @param queuedAt when the caller joined the line, after the menu: the wait counts from here
 * @param ringing whether an advisor's phone is ringing for the caller
 */
public record WaitingCaller(String department, Instant queuedAt, boolean ringing) {}
