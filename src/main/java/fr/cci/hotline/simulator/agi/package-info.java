/**
 * The simulator's side of FastAGI: it connects to the service as Asterisk does ({@code agi://},
 * {@code hagi://} with SRV records) and answers the AGI commands as res_agi does.
 */
package fr.cci.hotline.simulator.agi;
