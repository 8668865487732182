/**
 * What supervisors watch: Micrometer meters, the live wallboard and reports. It reads every other
 * module's events and state; nobody depends on it.
 */
@ApplicationModule(allowedDependencies = {"telephony", "advisors", "routing", "ivr", "cases"})
package fr.cci.hotline.supervision;

import org.springframework.modulith.ApplicationModule;
