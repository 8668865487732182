/**
 * The FastAGI server the dialplan calls: bind address and allow-list, pool and sessions, and each
 * call handed to its {@code CallScript} as a {@code CallChannel}, a failure leaving no decision.
 */
package fr.cci.hotline.telephony.agi;
