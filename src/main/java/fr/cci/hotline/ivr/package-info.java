/**
 * The French voice menu: prompts, digits, retries, opening hours and public holidays. It runs as
 * telephony's inbound-call script and hands the located caller to routing.
 */
@ApplicationModule(allowedDependencies = {"telephony", "routing"})
package fr.cci.hotline.ivr;

import org.springframework.modulith.ApplicationModule;
