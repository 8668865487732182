package fr.cci.hotline.cases.journal;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One journal's spool: lines appended to {@code journal-N.jsonl} in the spool directory, where N is
 * the first slot whose lock file no other journal holds (two instances, or two test contexts,
 * pointed at one directory never share a file). The files hold caller numbers: they are readable by
 * their owner only.
 *
 * <p>Appends go through a {@link FileOutputStream}, not a channel: an interrupted caller thread
 * would close a channel for everyone.
 */
final class SpoolFile implements Closeable {

  private static final int SLOTS = 64;
  private static final Pattern SPOOL = Pattern.compile("journal-(\\d+)\\.jsonl");

  private final Path directory;
  private final int slot;
  private final Path file;
  private final Path rejected;
  private final Slot lock;
  private FileOutputStream out;

  private SpoolFile(Path directory, int slot, Slot lock) throws IOException {
    this.directory = directory;
    this.slot = slot;
    this.file = directory.resolve("journal-" + slot + ".jsonl");
    this.rejected = directory.resolve("rejected-" + slot + ".jsonl");
    this.lock = lock;
    this.out = open(file);
  }

  /** Takes the first free slot of the directory, creating the directory if needed. */
  static SpoolFile claim(Path directory) throws IOException {
    Files.createDirectories(directory);
    for (int slot = 1; slot <= SLOTS; slot++) {
      Slot lock = Slot.tryLock(directory, slot);
      if (lock != null) {
        return new SpoolFile(directory, slot, lock);
      }
    }
    throw new IOException("all " + SLOTS + " journal slots of " + directory + " are in use");
  }

  int slot() {
    return slot;
  }

  List<String> lines() throws IOException {
    return read(file);
  }

  /**
   * Takes over the lines of slots nobody holds any more (an instance that stopped during an outage
   * and did not come back in the same slot): they are appended here before their file is deleted,
   * so a crash in between duplicates them at worst.
   */
  List<String> adoptOrphans() throws IOException {
    List<String> adopted = new ArrayList<>();
    try (var files = Files.list(directory)) {
      for (Path orphan : files.sorted().toList()) {
        Matcher name = SPOOL.matcher(orphan.getFileName().toString());
        if (!name.matches() || Integer.parseInt(name.group(1)) == slot) {
          continue;
        }
        Slot other = Slot.tryLock(directory, Integer.parseInt(name.group(1)));
        if (other == null) {
          continue;
        }
        try {
          List<String> lines = read(orphan);
          for (String line : lines) {
            append(line);
          }
          sync();
          Files.delete(orphan);
          adopted.addAll(lines);
        } finally {
          other.close();
        }
      }
    }
    return adopted;
  }

  void append(String line) throws IOException {
    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Forces the spool to the disk, so that it survives a power cut as well as a restart. */
  void sync() throws IOException {
    out.getFD().sync();
  }

  void truncate() throws IOException {
    out.getChannel().truncate(0);
  }

  /** Replaces the spool with {@code lines}, atomically: a crash leaves the old or the new one. */
  void rewrite(List<String> lines) throws IOException {
    Path next = directory.resolve("journal-" + slot + ".jsonl.next");
    Files.deleteIfExists(next);
    try (OutputStream replacement = open(next)) {
      for (String line : lines) {
        replacement.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
      ((FileOutputStream) replacement).getFD().sync();
    }
    out.close();
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    out = open(file);
  }

  /** Keeps a line that cannot be written to the database, for a person to look at. */
  void reject(String line) throws IOException {
    try (FileOutputStream dead = open(rejected)) {
      dead.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } finally {
      lock.close();
    }
  }

  private static List<String> read(Path path) throws IOException {
    if (!Files.exists(path)) {
      return List.of();
    }
    // Leniently decoded: a crash may have torn the last line in the middle of a character.
    String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    return text.lines().filter(line -> !line.isBlank()).toList();
  }

  private static FileOutputStream open(Path path) throws IOException {
    if (!Files.exists(path)) {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            path,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(path);
      }
    }
    return new FileOutputStream(path.toFile(), true);
  }

  /** The lock that makes a slot ours; held as long as the journal is open. */
  private record Slot(FileChannel channel, FileLock lock) implements Closeable {

    static Slot tryLock(Path directory, int slot) throws IOException {
      FileChannel channel =
          FileChannel.open(
              directory.resolve("journal-" + slot + ".lock"),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
      try {
        FileLock lock = channel.tryLock();
        if (lock != null) {
          return new Slot(channel, lock);
        }
      } catch (OverlappingFileLockException heldInThisProcess) {
        // another journal of this JVM (a second test context) has it
      }
      channel.close();
      return null;
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }
}
