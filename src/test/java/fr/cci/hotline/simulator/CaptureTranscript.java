package fr.cci.hotline.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the capture format: "### time <<<" (sent by Asterisk) or ">>>" blocks of headers. */
final class CaptureTranscript {

  private static final Pattern BLOCK_START =
      Pattern.compile("^### (\\d+):(\\d+):(\\d+)\\.(\\d+) (<<<|>>>)");

  /** One block: its direction, when it was captured (ms of the day) and its headers in order. */
  record Block(boolean fromAsterisk, long millis, Map<String, String> headers) {
    String name() {
      return headers.getOrDefault("Event", headers.getOrDefault("Response", ""));
    }

    boolean isEvent() {
      return fromAsterisk && headers.containsKey("Event");
    }
  }

  private CaptureTranscript() {}

  static List<Block> read(String resource) throws IOException {
    try (InputStream in = CaptureTranscript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no capture " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Block> blocks = new ArrayList<>();
      Map<String, String> headers = null;
      boolean fromAsterisk = false;
      long millis = 0;
      for (String raw : text.split("\n")) {
        String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        Matcher start = BLOCK_START.matcher(line);
        if (start.find()) {
          if (headers != null && !headers.isEmpty()) {
            blocks.add(new Block(fromAsterisk, millis, headers));
          }
          headers = new LinkedHashMap<>();
          fromAsterisk = start.group(5).equals("<<<");
          millis = millisOfDay(start);
        } else if (headers != null && line.contains(": ")) {
          int colon = line.indexOf(": ");
          headers.putIfAbsent(line.substring(0, colon), line.substring(colon + 2));
        } else if (headers != null && line.endsWith(":")) {
          headers.putIfAbsent(line.substring(0, line.length() - 1), "");
        }
      }
      if (headers != null && !headers.isEmpty()) {
        blocks.add(new Block(fromAsterisk, millis, headers));
      }
      return blocks;
    }
  }

  /** The header names of the first block from Asterisk that the predicate accepts. */
  static List<String> fieldsOf(List<Block> blocks, java.util.function.Predicate<Block> which) {
    return blocks.stream()
        .filter(Block::fromAsterisk)
        .filter(which)
        .findFirst()
        .map(b -> List.copyOf(b.headers().keySet()))
        .orElseThrow();
  }

  private static long millisOfDay(Matcher start) {
    long hours = Long.parseLong(start.group(1));
    long minutes = Long.parseLong(start.group(2));
    long seconds = Long.parseLong(start.group(3));
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + Long.parseLong(start.group(4));
  }
}
