/**
 * The AMI actions the simulator answers: originate, channels, queues, queue status, system, AstDB
 * (DBGetTree).
 */
package fr.cci.hotline.simulator.actions;
