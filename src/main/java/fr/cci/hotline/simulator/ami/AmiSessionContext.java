package fr.cci.hotline.simulator.ami;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What every AMI session needs from the simulator: credentials, the actions it knows, and the
 * source of timestamps and identity headers.
 *
 * @param username the manager.conf user
 * @param secret its secret
 * @param actions actions by lower-case name
 * @param timestamp supplies the Timestamp header value (epoch seconds with microseconds)
 * @param systemName the systemname, empty when none
 * @param uptimeSeconds seconds since the simulated PBX started
 */
public record AmiSessionContext(
    String username,
    String secret,
    Map<String, AmiAction> actions,
    Supplier<String> timestamp,
    String systemName,
    Supplier<Long> uptimeSeconds) {}
