/**
 * The waiting line shared by every instance in the database: callers in arrival order, offers and
 * connections as conditional updates, heartbeats that tell a live instance's callers from a dead
 * one's.
 */
package fr.cci.hotline.routing.line;
