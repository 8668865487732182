/**
 * The PBX model: channels, bridges, endpoints, Dial and app_queue, Local channels, the dialplan
 * runner, and the events each step publishes as Asterisk 22 does.
 */
package fr.cci.hotline.simulator.pbx;
