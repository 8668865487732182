/**
 * Load runs on demand ({@code scripts/load-bench.sh}), never part of the build: the packaged
 * service started as its own process against the PBX simulator over real sockets, for throughput
 * and the time the service adds per FastAGI command, a thousand callers at once and the memory they
 * take, and the AMI event rate the service absorbs. A bare Asterisk-Java FastAGI script, run the
 * same way, is the yardstick for the service's CPU per call. Figures go to {@code target/load/}
 * and, by hand, to BENCHMARKS.md.
 */
package fr.cci.hotline.load;
