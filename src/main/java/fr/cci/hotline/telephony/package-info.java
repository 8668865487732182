/**
 * The only bridge to Asterisk: the AMI link (facts and actions) and the FastAGI server (the
 * dialplan hands each call to us). Everything else sees calls through {@link
 * fr.cci.hotline.telephony.CallChannel} and our own past-tense events, never through Asterisk-Java.
 */
@ApplicationModule(allowedDependencies = {})
package fr.cci.hotline.telephony;

import org.springframework.modulith.ApplicationModule;
