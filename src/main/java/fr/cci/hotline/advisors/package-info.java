/**
 * Chambers (CCIs), advisors, their phones and départements, and advisor presence. It listens to
 * telephony's facts (device state, registrations, calls) to keep presence honest. An advisor's
 * {@code username} gets an account from accounts (without a password until an administrator sets
 * one).
 */
@ApplicationModule(allowedDependencies = {"telephony", "accounts"})
package fr.cci.hotline.advisors;

import org.springframework.modulith.ApplicationModule;
