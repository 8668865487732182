/**
 * Gives each caller the next free advisor: the waiting line, the selection policy (home chamber
 * first, longest idle, widening with the wait), ring-timeout retries and callbacks. It needs
 * advisors' presence and telephony's call control.
 */
@ApplicationModule(allowedDependencies = {"advisors", "telephony"})
package fr.cci.hotline.routing;

import org.springframework.modulith.ApplicationModule;
