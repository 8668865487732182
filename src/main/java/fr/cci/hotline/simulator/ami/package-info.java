/** The simulator's AMI server: sessions, login, the wire format of actions, replies and events. */
package fr.cci.hotline.simulator.ami;
