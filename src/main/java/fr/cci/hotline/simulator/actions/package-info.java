/** The AMI actions the simulator answers: originate, channels, queues, queue status, system. */
package fr.cci.hotline.simulator.actions;
