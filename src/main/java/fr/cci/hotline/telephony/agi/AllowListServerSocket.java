package fr.cci.hotline.telephony.agi;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.asteriskjava.util.ServerSocketFacade;
import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts FastAGI connections only from the Asterisk servers in the allow-list; any other peer is
 * closed at once and logged once per address, so a port scan cannot fill the log.
 */
final class AllowListServerSocket implements ServerSocketFacade {

  private static final Logger log = LoggerFactory.getLogger(AllowListServerSocket.class);

  private final ServerSocketFacade delegate;
  private final Set<InetAddress> allowed;
  private final Set<InetAddress> refused = ConcurrentHashMap.newKeySet();

  AllowListServerSocket(ServerSocketFacade delegate, Set<InetAddress> allowed) {
    this.delegate = delegate;
    this.allowed = Set.copyOf(allowed);
  }

  @Override
  public SocketConnectionFacade accept() throws IOException {
    while (true) {
      SocketConnectionFacade connection = delegate.accept();
      InetAddress peer = connection.getRemoteAddress();
      if (allowed.contains(peer)) {
        return connection;
      }
      if (refused.add(peer)) {
        log.warn(
            "Refused a FastAGI connection from {}: not in hotline.telephony.agi.allowed-addresses",
            peer.getHostAddress());
      }
      closeQuietly(connection);
    }
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }

  @Override
  public void setSocketReadTimeout(int socketReadTimeout) {
    delegate.setSocketReadTimeout(socketReadTimeout);
  }

  private static void closeQuietly(SocketConnectionFacade connection) {
    try {
      connection.close();
    } catch (IOException ignored) {
      // the peer is gone already: nothing to release
    }
  }
}
