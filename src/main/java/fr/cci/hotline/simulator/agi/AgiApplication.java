package fr.cci.hotline.simulator.agi;

import fr.cci.hotline.simulator.pbx.AppResult;
import fr.cci.hotline.simulator.pbx.Channel;
import fr.cci.hotline.simulator.pbx.ChannelVariables;
import fr.cci.hotline.simulator.pbx.DialplanApplication;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AGI() with agi:// URLs (res_agi's launch_netscript): connect, run the session, then set
 * AGISTATUS: FAILURE when nothing listens, HANGUP when the caller left, SUCCESS otherwise.
 */
final class AgiApplication implements DialplanApplication {

  private static final Logger log = LoggerFactory.getLogger(AgiApplication.class);
  private static final int CONNECT_TIMEOUT_MILLIS = 2000;

  private final AgiCommands commands;
  private final ChannelVariables variables;
  private final SrvRecords srv;
  private final AgiTurnarounds turnarounds;

  AgiApplication(
      AgiCommands commands,
      ChannelVariables variables,
      SrvRecords srv,
      AgiTurnarounds turnarounds) {
    this.commands = commands;
    this.variables = variables;
    this.srv = srv;
    this.turnarounds = turnarounds;
  }

  @Override
  public AppResult execute(Channel channel, String data) {
    AgiRequest request = AgiRequest.parse(data);
    if (request == null) {
      log.warn("AGI {}: only agi:// and hagi:// URLs are modelled", data);
      return finish(channel, "FAILURE");
    }
    List<AgiRequest> candidates =
        request.highAvailability()
            ? srv.lookup(request.host()).stream()
                .map(target -> request.toTarget(target.getHostString(), target.getPort()))
                .toList()
            : List.of(request);
    for (AgiRequest candidate : candidates) {
      Socket socket = connect(candidate, channel);
      if (socket != null) {
        return run(socket, channel, candidate);
      }
    }
    return finish(channel, "FAILURE");
  }

  /** hagi:// tries the next SRV target when one does not accept, as launch_ha_netscript does. */
  private static Socket connect(AgiRequest request, Channel channel) {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(request.host(), request.port()), CONNECT_TIMEOUT_MILLIS);
      return socket;
    } catch (IOException e) {
      log.info("FastAGI {} unreachable for {}: {}", request.url(), channel, e.getMessage());
      closeQuietly(socket);
      return null;
    }
  }

  private AppResult run(Socket socket, Channel channel, AgiRequest request) {
    try (socket) {
      new FastAgiSession(socket, channel, request, commands, turnarounds).run();
    } catch (IOException e) {
      log.debug("FastAGI session of {} ended: {}", channel, e.getMessage());
    }
    return finish(channel, channel.isHungUp() ? "HANGUP" : "SUCCESS");
  }

  private AppResult finish(Channel channel, String status) {
    variables.write(channel, "AGISTATUS", status);
    channel.trace().agiStatus(status);
    return channel.isHungUp() ? AppResult.HANGUP : AppResult.CONTINUE;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing was opened
    }
  }
}
