package fr.cci.hotline.simulator.agi;

import java.util.List;

/**
 * The AGI() application's arguments, split into what res_agi uses.
 *
 * @param url the whole URL (agi://host:port/script?query)
 * @param host where to connect
 * @param port the port, 4573 unless given
 * @param script script name and query string, as sent in agi_network_script
 * @param arguments the dialplan arguments after the URL (agi_arg_1…)
 */
record AgiRequest(String url, String host, int port, String script, List<String> arguments) {

  /**
   * Parses agi:// and hagi:// URLs; returns null for anything else. For hagi:// the host is the SRV
   * name to look up and the port is unused.
   */
  static AgiRequest parse(String data) {
    List<String> parts = List.of(data.split(",", -1));
    String url = parts.get(0).trim();
    String scheme =
        url.startsWith("agi://") ? "agi://" : url.startsWith("hagi://") ? "hagi://" : null;
    if (scheme == null) {
      return null;
    }
    String rest = url.substring(scheme.length());
    int slash = rest.indexOf('/');
    String hostPort = slash < 0 ? rest : rest.substring(0, slash);
    String script = slash < 0 ? "" : rest.substring(slash + 1);
    int colon = hostPort.lastIndexOf(':');
    String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
    int port = colon < 0 ? 4573 : Integer.parseInt(hostPort.substring(colon + 1));
    return new AgiRequest(url, host, port, script, parts.subList(1, parts.size()));
  }

  boolean highAvailability() {
    return url.startsWith("hagi://");
  }

  /** The request as res_agi's launch_ha_netscript rewrites it for one SRV target. */
  AgiRequest toTarget(String targetHost, int targetPort) {
    String target = "agi://" + targetHost + ":" + targetPort + "/" + script;
    return new AgiRequest(target, targetHost, targetPort, script, arguments);
  }
}
