/**
 * A protocol-faithful stand-in for Asterisk 22 (AMI server, FastAGI client, dialplan model) for the
 * tests, the demo profile and benchmarks. It is apart from the other modules on purpose: it plays
 * the PBX on the other side of the wire, so it imports neither Asterisk-Java nor any other Hotline
 * package, and nothing in the service may depend on it.
 *
 * <p>The root package is the API: {@link fr.cci.hotline.simulator.PbxSimulator}, its settings,
 * advisors, caller scripts, calls and traffic; the sub-packages are internal.
 */
package fr.cci.hotline.simulator;
