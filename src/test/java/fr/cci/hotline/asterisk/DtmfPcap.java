package fr.cci.hotline.asterisk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A pcap of one caller's RTP for sipp's {@code play_pcap_audio}: a few packets of silence so that
 * Asterisk's strict RTP learns the source, then each key press as RFC 4733 telephone-events at its
 * time. sipp replays the packets as captured, sequence numbers and timestamps included, so they
 * keep increasing across digits — Asterisk drops a digit whose timestamp repeats the previous one.
 */
final class DtmfPcap {

  /** Digits pressed at a time after the answer. */
  record Press(Duration at, String digits) {}

  static final Duration KEY_LENGTH = Duration.ofMillis(160);
  static final Duration KEY_GAP = Duration.ofMillis(250);

  private static final int PACKET_MILLIS = 20;
  private static final int SAMPLES_PER_MILLI = 8;
  private static final int TELEPHONE_EVENT = 101;
  private static final int PCMA = 8;
  private static final int SSRC = 0x48_4f_54_4c;
  private static final int LEARNING_PACKETS = 10;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private int sequence = 1;

  private DtmfPcap() {}

  static void write(Path file, List<Press> presses) {
    DtmfPcap pcap = new DtmfPcap();
    pcap.header();
    long millis = 0;
    for (int i = 0; i < LEARNING_PACKETS; i++) {
      pcap.rtp(millis, PCMA, i == 0, millis * SAMPLES_PER_MILLI, silence());
      millis += PACKET_MILLIS;
    }
    for (Press press : presses) {
      millis = Math.max(millis, press.at().toMillis());
      for (char digit : press.digits().toCharArray()) {
        millis = pcap.key(millis, event(digit)) + KEY_GAP.toMillis();
      }
    }
    try {
      Files.write(file, pcap.out.toByteArray());
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /** One key: events every 20 ms with a growing duration, then three end packets. */
  private long key(long start, int event) {
    long timestamp = start * SAMPLES_PER_MILLI;
    long millis = start;
    int duration = 0;
    for (long held = 0; held < KEY_LENGTH.toMillis(); held += PACKET_MILLIS) {
      duration += PACKET_MILLIS * SAMPLES_PER_MILLI;
      rtp(millis, TELEPHONE_EVENT, held == 0, timestamp, eventPayload(event, false, duration));
      millis += PACKET_MILLIS;
    }
    for (int i = 0; i < 3; i++) {
      rtp(millis, TELEPHONE_EVENT, false, timestamp, eventPayload(event, true, duration));
    }
    return millis;
  }

  private static int event(char digit) {
    return switch (digit) {
      case '*' -> 10;
      case '#' -> 11;
      default -> {
        if (digit < '0' || digit > '9') {
          throw new IllegalArgumentException("not a telephone key: " + digit);
        }
        yield digit - '0';
      }
    };
  }

  private static byte[] eventPayload(int event, boolean end, int duration) {
    int volume = 10;
    return new byte[] {
      (byte) event, (byte) ((end ? 0x80 : 0) | volume), (byte) (duration >> 8), (byte) duration
    };
  }

  private static byte[] silence() {
    byte[] alaw = new byte[PACKET_MILLIS * SAMPLES_PER_MILLI];
    java.util.Arrays.fill(alaw, (byte) 0xd5);
    return alaw;
  }

  private void header() {
    ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    header.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4);
    header.putInt(0).putInt(0).putInt(65535).putInt(1); // thiszone, sigfigs, snaplen, Ethernet
    out.writeBytes(header.array());
  }

  private void rtp(long millis, int payloadType, boolean marker, long timestamp, byte[] payload) {
    ByteBuffer rtp = ByteBuffer.allocate(12 + payload.length);
    rtp.put((byte) 0x80).put((byte) ((marker ? 0x80 : 0) | payloadType));
    rtp.putShort((short) sequence++).putInt((int) timestamp).putInt(SSRC).put(payload);
    byte[] udp = udp(rtp.array());
    byte[] ip = ipv4(udp);
    ByteBuffer frame = ByteBuffer.allocate(14 + ip.length);
    frame.put(new byte[12]).putShort((short) 0x0800).put(ip);
    ByteBuffer record = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    record.putInt((int) (millis / 1000)).putInt((int) (millis % 1000) * 1000);
    record.putInt(frame.capacity()).putInt(frame.capacity());
    out.writeBytes(record.array());
    out.writeBytes(frame.array());
  }

  /** sipp rewrites the ports to the call's media ports; these are placeholders. */
  private static byte[] udp(byte[] payload) {
    ByteBuffer udp = ByteBuffer.allocate(8 + payload.length);
    udp.putShort((short) 6000).putShort((short) 7000).putShort((short) udp.capacity());
    udp.putShort((short) 0).put(payload);
    return udp.array();
  }

  private static byte[] ipv4(byte[] udp) {
    ByteBuffer ip = ByteBuffer.allocate(20 + udp.length);
    ip.put((byte) 0x45).put((byte) 0).putShort((short) ip.capacity()).putInt(0);
    ip.put((byte) 64).put((byte) 17).putShort((short) 0);
    ip.put(new byte[] {127, 0, 0, 1}).put(new byte[] {127, 0, 0, 1}).put(udp);
    return ip.array();
  }
}
