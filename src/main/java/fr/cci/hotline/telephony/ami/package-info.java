/**
 * The AMI link: one logged-in connection with back-off and ping, our events translated from
 * Asterisk-Java's on its dispatch thread and delivered on one of ours, the resync after each
 * (re)connection with the fallback queue's records read back from AstDB, and {@code CallControl}
 * over AMI actions.
 */
package fr.cci.hotline.telephony.ami;
