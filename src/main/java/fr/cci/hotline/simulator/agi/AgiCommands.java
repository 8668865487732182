package fr.cci.hotline.simulator.agi;

import fr.cci.hotline.simulator.pbx.Channel;
import fr.cci.hotline.simulator.pbx.Pbx;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the handler of an AGI command line (longest match of its words), refuses commands that need
 * a live channel once the caller is gone, and publishes AGIExecStart/AGIExecEnd as res_agi.
 */
final class AgiCommands {

  static final String DEAD = "511 Command Not Permitted on a dead channel or intercept routine";
  static final String UNKNOWN = "510 Invalid or unknown command";

  /** One command's handler: receives the whole argv, returns the reply line(s). */
  @FunctionalInterface
  interface Handler {
    String handle(Channel channel, List<String> argv);
  }

  private record Entry(List<String> words, boolean allowedDead, Handler handler) {}

  private final Pbx pbx;
  private final List<Entry> entries = new ArrayList<>();

  AgiCommands(Pbx pbx) {
    this.pbx = pbx;
  }

  AgiCommands add(String words, boolean allowedDead, Handler handler) {
    entries.add(new Entry(List.of(words.split(" ")), allowedDead, handler));
    entries.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed());
    return this;
  }

  /** Runs one command line; the reply has no trailing newline. */
  public String execute(Channel channel, String line) {
    List<String> argv = AgiArguments.parse(line);
    int commandId = pbx.ids().commandId();
    pbx.events()
        .publish(
            pbx.events()
                .channelEvent("AGIExecStart", "agi,all", channel)
                .add("CommandId", commandId)
                .add("Command", line));
    int number = channel.trace().nextAgiCommandNumber();
    channel.observers().forEach(o -> o.agiCommandStarted(channel, number, line));
    Entry entry = find(argv);
    String reply;
    if (entry == null) {
      reply = UNKNOWN;
    } else if (channel.isHungUp() && !entry.allowedDead()) {
      reply = DEAD;
    } else {
      reply = entry.handler().handle(channel, argv);
    }
    pbx.events()
        .publish(
            pbx.events()
                .channelEvent("AGIExecEnd", "agi,all", channel)
                .add("CommandId", commandId)
                .add("Command", line)
                .add("ResultCode", reply.substring(0, 3))
                .add("Result", resultText(entry, reply)));
    return reply;
  }

  private Entry find(List<String> argv) {
    for (Entry entry : entries) {
      if (argv.size() >= entry.words().size() && matches(entry.words(), argv)) {
        return entry;
      }
    }
    return null;
  }

  private static boolean matches(List<String> words, List<String> argv) {
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).equals(argv.get(i).toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static String resultText(Entry entry, String reply) {
    // handle_exec returns the application's own result to agi_handle_command, which knows -1
    // as no RESULT_* value (S3: "EXEC Dial" answered 200 result=-1, "Unknown Result").
    if (entry != null && entry.words().equals(List.of("EXEC")) && reply.equals("200 result=-1")) {
      return "Unknown Result";
    }
    if (reply.startsWith("200")) {
      return "Success";
    }
    if (reply.startsWith("520")) {
      return "Usage";
    }
    return reply.substring(4);
  }
}
