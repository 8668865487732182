/**
 * The French voice menu: prompts, digits, retries, opening hours and public holidays. It runs as
 * telephony's inbound-call script, locates the caller with the chamber map of advisors, and hands
 * them to routing.
 */
@ApplicationModule(allowedDependencies = {"telephony", "routing", "advisors"})
package fr.cci.hotline.ivr;

import org.springframework.modulith.ApplicationModule;
