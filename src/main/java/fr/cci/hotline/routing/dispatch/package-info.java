/**
 * Who gets which advisor: dispatch passes under a database lock that instances take in turn, the
 * selection policy applied to the line, offers handed to the callers' instances, stale offers
 * released.
 */
package fr.cci.hotline.routing.dispatch;
