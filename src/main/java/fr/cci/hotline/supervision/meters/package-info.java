/**
 * The queue's meters for Prometheus: counters and the wait timer from routing's events, gauges from
 * the database so that every instance publishes the same value.
 */
package fr.cci.hotline.supervision.meters;
