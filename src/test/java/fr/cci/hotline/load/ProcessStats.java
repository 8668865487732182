package fr.cci.hotline.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the kernel and the JVM say about another process: CPU time, resident memory, heap. */
final class ProcessStats {

  /** Linux's USER_HZ: /proc/PID/stat counts CPU time in hundredths of a second. */
  private static final long MILLIS_PER_TICK = 10;

  private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");
  private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

  private ProcessStats() {}

  /** User plus system CPU time the process has used since it started, in milliseconds. */
  static long cpuMillis(long pid) {
    return cpuMillis(read(Path.of("/proc", String.valueOf(pid), "stat")));
  }

  /** CPU milliseconds from the text of a /proc/PID/stat file. */
  private static long cpuMillis(String stat) {
    // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long utime = Long.parseLong(fields[11]);
    long stime = Long.parseLong(fields[12]);
    return (utime + stime) * MILLIS_PER_TICK;
  }

  /**
   * CPU time used by every process whose command name is {@code command} (e.g. the PostgreSQL
   * server's {@code postgres} processes), in milliseconds; processes that ended are not counted.
   */
  static long cpuMillisOfCommand(String command) {
    try (var processes = Files.list(Path.of("/proc"))) {
      return processes
          .filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
          .mapToLong(dir -> commandCpuMillis(dir, command))
          .sum();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private static long commandCpuMillis(Path processDir, String command) {
    try {
      String stat = Files.readString(processDir.resolve("stat"));
      String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      return name.equals(command) ? cpuMillis(stat) : 0;
    } catch (IOException ended) {
      return 0;
    }
  }

  /**
   * The whole machine's CPU time from /proc/stat, in milliseconds summed over its cores: {@code
   * [busy, total]}, busy being everything but idle and I/O wait.
   */
  static long[] machineCpuMillis() {
    String[] fields = read(Path.of("/proc/stat")).lines().findFirst().orElseThrow().split("\\s+");
    long total = 0;
    // user, nice, system, idle, iowait, irq, softirq, steal (guest time is already in user)
    for (int i = 1; i <= 8 && i < fields.length; i++) {
      total += Long.parseLong(fields[i]);
    }
    long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
    return new long[] {(total - idle) * MILLIS_PER_TICK, total * MILLIS_PER_TICK};
  }

  /** Resident set size in kB (VmRSS). */
  static long rssKb(long pid) {
    Matcher rss = RSS.matcher(read(Path.of("/proc", String.valueOf(pid), "status")));
    if (!rss.find()) {
      throw new IllegalStateException("no VmRSS for process " + pid);
    }
    return Long.parseLong(rss.group(1));
  }

  /** Runs a full GC in the process ({@code jcmd GC.run}) and returns the heap used after it. */
  static long heapUsedAfterGcKb(long pid) {
    jcmd(pid, "GC.run");
    Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("jcmd GC.heap_info: no heap total in its answer");
    }
    return Long.parseLong(used.group(1));
  }

  static String jcmd(long pid, String command) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process process =
          new ProcessBuilder(List.of(jcmd.toString(), String.valueOf(pid), command))
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("jcmd " + command + " failed: " + output);
      }
      return output;
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
