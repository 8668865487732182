package fr.cci.hotline.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the capture format: "### time <<<" (sent by Asterisk) or ">>>" blocks of headers. */
final class CaptureTranscript {

  /** One block: its direction and its headers in order. */
  record Block(boolean fromAsterisk, Map<String, String> headers) {
    String name() {
      return headers.getOrDefault("Event", headers.getOrDefault("Response", ""));
    }
  }

  private CaptureTranscript() {}

  static List<Block> read(String resource) throws IOException {
    try (InputStream in = CaptureTranscript.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Block> blocks = new ArrayList<>();
      Map<String, String> headers = null;
      boolean fromAsterisk = false;
      for (String line : text.split("\n")) {
        if (line.startsWith("### ")) {
          if (headers != null && !headers.isEmpty()) {
            blocks.add(new Block(fromAsterisk, headers));
          }
          headers = new LinkedHashMap<>();
          fromAsterisk = line.endsWith("<<<");
        } else if (headers != null && line.contains(": ")) {
          int colon = line.indexOf(": ");
          headers.putIfAbsent(line.substring(0, colon), line.substring(colon + 2));
        } else if (headers != null && line.endsWith(":")) {
          headers.putIfAbsent(line.substring(0, line.length() - 1), "");
        }
      }
      if (headers != null && !headers.isEmpty()) {
        blocks.add(new Block(fromAsterisk, headers));
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
}
