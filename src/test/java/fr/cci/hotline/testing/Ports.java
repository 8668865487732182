package fr.cci.hotline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loopback ports for the PBX, its phones and the recorders, chosen free at the time of asking.
 * Several builds may run side by side on one machine, so nothing is hard-coded.
 */
public final class Ports {

  /** sipp binds its media port and the two above it (RTCP, video): hand out spaced even ports. */
  private static final AtomicInteger nextMedia =
      new AtomicInteger(30000 + 4 * (int) (ProcessHandle.current().pid() % 2000));

  private Ports() {}

  public static int freeTcp() {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(false);
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return probe.getLocalPort();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /** A UDP port free on loopback whose TCP twin is free too (SIP listens on both by name). */
  public static int freeUdp() {
    for (int attempt = 0; attempt < 50; attempt++) {
      int candidate = freeTcp();
      if (udpFree(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no free UDP port on loopback");
  }

  /** An even port with the three above it free for UDP: sipp's RTP, RTCP and video ports. */
  public static int freeMediaBase() {
    while (true) {
      int base = nextMedia.getAndAdd(4);
      if (base > 60000) {
        nextMedia.set(30000);
        continue;
      }
      if (udpFree(base) && udpFree(base + 1) && udpFree(base + 2) && udpFree(base + 3)) {
        return base;
      }
    }
  }

  private static boolean udpFree(int port) {
    try (DatagramSocket probe = new DatagramSocket(null)) {
      probe.setReuseAddress(false);
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException taken) {
      return false;
    }
  }
}
