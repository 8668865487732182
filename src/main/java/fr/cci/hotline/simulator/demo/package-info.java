/** The built-in PBX of the {@code demo} profile: the simulator and a stream of calls. */
package fr.cci.hotline.simulator.demo;
