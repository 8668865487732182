/**
 * What the supervisors' pages share: French labels for places, topics, outcomes and states, and
 * French number and duration formats.
 */
package fr.cci.hotline.supervision.web;
