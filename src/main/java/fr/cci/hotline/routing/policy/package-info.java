/**
 * The selection policy in plain Java: who is eligible for a waiting call, then who is best. Each
 * eligibility condition is a named rule; nothing here knows Spring, the database or Asterisk.
 */
package fr.cci.hotline.routing.policy;
