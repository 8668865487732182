package fr.cci.hotline.simulator.ami;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One AMI message: ordered "Key: Value" headers. Order matters on the wire because clients and the
 * replay tests compare it with what Asterisk sends.
 */
public final class AmiMessage {

  private final List<String[]> headers = new ArrayList<>();

  public static AmiMessage response(String response) {
    return new AmiMessage().add("Response", response);
  }

  public static AmiMessage event(String name, String privilege) {
    return new AmiMessage().add("Event", name).add("Privilege", privilege);
  }

  /** An event without Privilege header: the items of an action's event list. */
  public static AmiMessage listEvent(String name) {
    return new AmiMessage().add("Event", name);
  }

  public AmiMessage add(String key, Object value) {
    headers.add(new String[] {key, value == null ? "" : String.valueOf(value)});
    return this;
  }

  public AmiMessage addAll(AmiMessage other) {
    other.headers.forEach(h -> headers.add(h.clone()));
    return this;
  }

  /** The first value of a header, matched case-insensitively as Asterisk does. */
  public Optional<String> get(String key) {
    return headers.stream().filter(h -> h[0].equalsIgnoreCase(key)).map(h -> h[1]).findFirst();
  }

  public String getOrEmpty(String key) {
    return get(key).orElse("");
  }

  public List<String> getAll(String key) {
    return headers.stream().filter(h -> h[0].equalsIgnoreCase(key)).map(h -> h[1]).toList();
  }

  public boolean isEmpty() {
    return headers.isEmpty();
  }

  public List<String[]> headers() {
    return headers.stream().map(String[]::clone).toList();
  }

  public String name() {
    return get("Event").orElseGet(() -> get("Response").orElse(""));
  }

  public String toWire() {
    StringBuilder wire = new StringBuilder();
    for (String[] header : headers) {
      wire.append(header[0]).append(": ").append(header[1]).append("\r\n");
    }
    return wire.append("\r\n").toString();
  }

  @Override
  public String toString() {
    return toWire();
  }
}
