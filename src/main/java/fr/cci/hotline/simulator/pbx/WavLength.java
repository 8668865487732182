package fr.cci.hotline.simulator.pbx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** How long a RIFF/WAVE file plays: its data chunk's size over the format's byte rate. */
final class WavLength {

  private WavLength() {}

  static Duration of(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    ByteBuffer wav = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length < 12 || wav.getInt(0) != 0x46464952 || wav.getInt(8) != 0x45564157) {
      throw new IllegalArgumentException(file + " is not a WAVE file");
    }
    int byteRate = 0;
    int offset = 12;
    while (offset + 8 <= bytes.length) {
      int id = wav.getInt(offset);
      int size = wav.getInt(offset + 4);
      if (id == 0x20746d66) { // "fmt "
        byteRate = wav.getInt(offset + 16);
      } else if (id == 0x61746164 && byteRate > 0) { // "data"
        return Duration.ofNanos(Math.round(size * 1e9 / byteRate));
      }
      offset += 8 + size + (size & 1);
    }
    throw new IllegalArgumentException(file + " has no data chunk after its format");
  }
}
