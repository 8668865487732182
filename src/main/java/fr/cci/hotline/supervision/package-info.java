/**
 * What supervisors will watch. For now it holds only the service-level settings they measure
 * against; it may read every other module's events and state, and nobody depends on it.
 */
@ApplicationModule(allowedDependencies = {"telephony", "advisors", "routing", "ivr", "cases"})
package fr.cci.hotline.supervision;

import org.springframework.modulith.ApplicationModule;
