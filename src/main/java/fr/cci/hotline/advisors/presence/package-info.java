/**
 * Presence in plain SQL and plain Java: one row per advisor whose every change is a compare-and-set
 * (several instances share one PostgreSQL), the rules of the state machine, and the end of
 * wrap-ups.
 */
package fr.cci.hotline.advisors.presence;
