/**
 * How the advisors module works inside: advisors stored with JPA (reference data, a seed, an admin
 * API), presence stored in plain SQL so that every transition is a compare-and-set on one row
 * (several service instances share one PostgreSQL), the rules of presence in plain Java ({@code
 * PresenceRules}), and the adapters around them: PBX facts, the fallback queue, the feature codes,
 * the presence API and page.
 */
package fr.cci.hotline.advisors.internal;
