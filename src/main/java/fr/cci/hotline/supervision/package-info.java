/**
 * What supervisors watch: the queue's meters for Prometheus, the live wallboard, the reports and
 * the staffing estimate. It only listens to the other modules' events and reads their state (the
 * waiting line, presence, the case records); nobody depends on it.
 */
@ApplicationModule(allowedDependencies = {"telephony", "advisors", "routing", "ivr", "cases"})
package fr.cci.hotline.supervision;

import org.springframework.modulith.ApplicationModule;
