package fr.cci.hotline.simulator.ami;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The authentication state of one session and its event mask (Login's and Events' parameter). */
final class AmiLogin {

  private static final DateTimeFormatter EVENT_TV =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  private final AmiSessionContext context;
  private final Socket socket;
  private volatile boolean authenticated;
  private static final SecureRandom RANDOM = new SecureRandom();

  private volatile Set<String> eventClasses = Set.of("all");
  private volatile String challenge;

  AmiLogin(AmiSessionContext context, Socket socket) {
    this.context = context;
    this.socket = socket;
  }

  boolean authenticated() {
    return authenticated;
  }

  /**
   * Handles Challenge as manager.c's action_challenge does: one random number per session, used by
   * a Login with {@code AuthType: MD5} and {@code Key: md5(challenge + secret)} (Asterisk-Java logs
   * in this way).
   */
  void challenge(AmiMessage request, AmiReplies replies) {
    if (!"MD5".equalsIgnoreCase(request.getOrEmpty("AuthType"))) {
      replies.error("Must specify AuthType");
      return;
    }
    if (challenge == null) {
      challenge = Long.toString(RANDOM.nextInt(Integer.MAX_VALUE));
    }
    replies.send(replies.withActionId(AmiMessage.response("Success")).add("Challenge", challenge));
  }

  /**
   * Handles Login; returns false when the connection must close, as manager.c does. FullyBooted
   * goes to this session only; SuccessfulAuth is a security event every session with that class
   * sees (S4: the first session sees the QueueStatus session log in).
   */
  boolean login(
      AmiMessage request, AmiReplies replies, Consumer<AmiMessage> out, AmiEventSink everyone) {
    if (!context.username().equals(request.getOrEmpty("Username")) || !credentialsMatch(request)) {
      replies.error("Authentication failed");
      return false;
    }
    authenticated = true;
    request.get("Events").ifPresent(this::applyMask);
    replies.success("Authentication accepted");
    AmiMessage booted = fullyBooted();
    if (wantsEvent(booted)) {
      out.accept(booted);
    }
    everyone.publish(successfulAuth());
    return true;
  }

  private boolean credentialsMatch(AmiMessage request) {
    if ("MD5".equalsIgnoreCase(request.getOrEmpty("AuthType"))) {
      return challenge != null
          && md5Hex(challenge + context.secret()).equals(request.getOrEmpty("Key"));
    }
    return context.secret().equals(request.getOrEmpty("Secret"));
  }

  private static String md5Hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("MD5 is part of every Java runtime", impossible);
    }
  }

  void changeEvents(String mask, AmiReplies replies) {
    applyMask(mask);
    AmiMessage response = replies.withActionId(AmiMessage.response("Success"));
    replies.send(response.add("Events", eventClasses.isEmpty() ? "Off" : "On"));
  }

  boolean wantsEvent(AmiMessage event) {
    if (!authenticated || eventClasses.isEmpty()) {
      return false;
    }
    if (eventClasses.contains("all")) {
      return true;
    }
    return Arrays.stream(event.getOrEmpty("Privilege").split(",")).anyMatch(eventClasses::contains);
  }

  private void applyMask(String mask) {
    String value = mask.trim().toLowerCase(Locale.ROOT);
    if (value.equals("off") || value.equals("no") || value.equals("false")) {
      eventClasses = Set.of();
    } else if (value.equals("on")
        || value.equals("yes")
        || value.equals("true")
        || value.isEmpty()) {
      eventClasses = Set.of("all");
    } else {
      eventClasses =
          Arrays.stream(value.split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet());
    }
  }

  private AmiMessage fullyBooted() {
    long uptime = context.uptimeSeconds().get();
    return AmiMessage.event("FullyBooted", "system,all")
        .add("Uptime", uptime)
        .add("LastReload", uptime)
        .add("Status", "Fully Booted");
  }

  private AmiMessage successfulAuth() {
    String timestamp = context.timestamp().get();
    String eventTv = EVENT_TV.format(Instant.now());
    AmiMessage event =
        AmiMessage.event("SuccessfulAuth", "security,all").add("Timestamp", timestamp);
    if (!context.systemName().isEmpty()) {
      event.add("SystemName", context.systemName());
    }
    return event
        .add("EventTV", eventTv)
        .add("Severity", "Informational")
        .add("Service", "AMI")
        .add("EventVersion", 1)
        .add("AccountID", context.username())
        .add("SessionID", "0x" + Integer.toHexString(System.identityHashCode(this)))
        .add("LocalAddress", address(socket.getLocalSocketAddress()))
        .add("RemoteAddress", address(socket.getRemoteSocketAddress()))
        .add("UsingPassword", 0)
        .add("SessionTV", eventTv);
  }

  private static String address(java.net.SocketAddress address) {
    InetSocketAddress inet = (InetSocketAddress) address;
    return "IPV4/TCP/" + inet.getAddress().getHostAddress() + "/" + inet.getPort();
  }
}
