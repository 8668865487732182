/**
 * The live wallboard: who waits and for how long, every advisor's state, today's figures by
 * département and chamber, the staffing estimate; rendered once per change and pushed to every open
 * screen as server-sent events.
 */
package fr.cci.hotline.supervision.wallboard;
