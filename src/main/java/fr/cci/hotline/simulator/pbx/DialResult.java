package fr.cci.hotline.simulator.pbx;

/**
 * The outcome of one dial attempt.
 *
 * @param status the DIALSTATUS value (ANSWER, NOANSWER, BUSY, CHANUNAVAIL, CANCEL)
 * @param ringMillis simulated time from the call to the answer or the end of ringing
 * @param callerHungUp whether the caller was gone at the end
 */
record DialResult(String status, long ringMillis, boolean callerHungUp) {}
