package fr.cci.hotline.simulator.agi;

import fr.cci.hotline.simulator.pbx.Channel;
import fr.cci.hotline.simulator.pbx.ChannelObserver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One FastAGI conversation: the agi_* environment, then one reply per command line. When the caller
 * hangs up, an unsolicited "HANGUP" line is sent once: at once if the script is between commands,
 * else before the reply to its next command (as in the S5 capture).
 */
final class FastAgiSession implements ChannelObserver {

  private final Socket socket;
  private final Channel channel;
  private final AgiRequest request;
  private final AgiCommands commands;
  private final AgiTurnarounds turnarounds;
  private final Object lock = new Object();
  private OutputStream out;
  private boolean executing = true;
  private boolean hangupSent;

  /** When the PBX last finished writing to the script: the environment or a reply. */
  private long repliedAt;

  FastAgiSession(
      Socket socket,
      Channel channel,
      AgiRequest request,
      AgiCommands commands,
      AgiTurnarounds turnarounds) {
    this.socket = socket;
    this.channel = channel;
    this.request = request;
    this.commands = commands;
    this.turnarounds = turnarounds;
  }

  void run() throws IOException {
    out = socket.getOutputStream();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    channel.observe(this);
    try {
      sendEnvironment();
      repliedAt = System.nanoTime();
      idle();
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        turnarounds.record(line, System.nanoTime() - repliedAt);
        channel.trace().agi(">>> " + line);
        busy();
        String reply = commands.execute(channel, line.trim());
        for (String replyLine : reply.split("\n")) {
          send(replyLine);
        }
        repliedAt = System.nanoTime();
        idle();
      }
    } finally {
      channel.observers().remove(this);
    }
  }

  @Override
  public void hungUp(Channel hungUpChannel) {
    synchronized (lock) {
      if (!executing) {
        sendHangupOnce();
      }
    }
  }

  private void busy() throws IOException {
    synchronized (lock) {
      executing = true;
      if (channel.isHungUp()) {
        sendHangupOnce();
      }
    }
  }

  private void idle() {
    synchronized (lock) {
      executing = false;
      if (channel.isHungUp()) {
        // The hang-up came during a command: the next command line will carry the news.
        return;
      }
    }
  }

  private void sendHangupOnce() {
    if (hangupSent) {
      return;
    }
    hangupSent = true;
    try {
      send("HANGUP");
    } catch (IOException e) {
      // the script is gone already
    }
  }

  private void sendEnvironment() throws IOException {
    StringBuilder env = new StringBuilder();
    environment().forEach((key, value) -> env.append(key).append(": ").append(value).append('\n'));
    env.append('\n');
    write(env.toString());
  }

  private Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("agi_network", "yes");
    env.put("agi_network_script", request.script());
    env.put("agi_request", request.url());
    env.put("agi_channel", channel.name());
    env.put("agi_language", channel.language());
    env.put("agi_type", channel.technology());
    env.put("agi_uniqueid", channel.uniqueId());
    env.put("agi_version", "22.10.1");
    env.put("agi_callerid", orUnknown(channel.callerIdNum()));
    env.put("agi_calleridname", orUnknown(channel.callerIdName()));
    env.put("agi_callingpres", "0");
    env.put("agi_callingani2", "0");
    env.put("agi_callington", "0");
    env.put("agi_callingtns", "0");
    env.put("agi_dnid", channel.dnid());
    env.put("agi_rdnis", "unknown");
    env.put("agi_context", channel.context());
    env.put("agi_extension", channel.exten());
    env.put("agi_priority", String.valueOf(channel.priority()));
    env.put("agi_enhanced", "0.0");
    env.put("agi_accountcode", "");
    env.put(
        "agi_threadid",
        String.valueOf(140_702_530_000_000L + ThreadLocalRandom.current().nextInt(10_000_000)));
    for (int i = 0; i < request.arguments().size(); i++) {
      env.put("agi_arg_" + (i + 1), request.arguments().get(i));
    }
    return env;
  }

  private static String orUnknown(String value) {
    return value.equals(Channel.UNKNOWN) ? "unknown" : value;
  }

  private void send(String line) throws IOException {
    channel.trace().agi("<<< " + line);
    write(line + "\n");
  }

  private void write(String text) throws IOException {
    synchronized (lock) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }
}
