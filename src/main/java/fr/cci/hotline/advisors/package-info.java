/**
 * Chambers (CCIs), advisors, their phones and départements, and advisor presence. It listens to
 * telephony's facts (device state, registrations, calls) to keep presence honest.
 */
@ApplicationModule(allowedDependencies = {"telephony"})
package fr.cci.hotline.advisors;

import org.springframework.modulith.ApplicationModule;
