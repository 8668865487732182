package fr.cci.hotline.simulator.agi;

import fr.cci.hotline.simulator.pbx.AppResult;
import fr.cci.hotline.simulator.pbx.Applications;
import fr.cci.hotline.simulator.pbx.Channel;
import fr.cci.hotline.simulator.pbx.ChannelVariables;
import fr.cci.hotline.simulator.pbx.DialplanApplication;
import fr.cci.hotline.simulator.pbx.HangupCause;
import fr.cci.hotline.simulator.pbx.Media;
import fr.cci.hotline.simulator.pbx.Pbx;
import java.util.List;

/** The AGI commands of the model, answering with res_agi.c's reply formats. */
public final class AgiCommandSet {

  private static final String USAGE =
      "520-Invalid command syntax.  Proper usage follows:\n"
          + "Usage not available in the simulator.\n"
          + "520 End of proper usage.";

  private final Pbx pbx;
  private final ChannelVariables variables;
  private final Media media;
  private final Applications applications;

  public AgiCommandSet(
      Pbx pbx, ChannelVariables variables, Media media, Applications applications) {
    this.pbx = pbx;
    this.variables = variables;
    this.media = media;
    this.applications = applications;
  }

  /**
   * The dialplan's {@code AGI()} application, answering these commands and reporting each script's
   * time between a reply and its next command to {@code turnarounds}.
   */
  public DialplanApplication application(SrvRecords srv, AgiTurnarounds turnarounds) {
    return new AgiApplication(commands(), variables, srv, turnarounds);
  }

  AgiCommands commands() {
    return new AgiCommands(pbx)
        .add("ANSWER", false, this::answer)
        .add("STREAM FILE", false, this::streamFile)
        .add("GET DATA", false, this::getData)
        .add("WAIT FOR DIGIT", false, this::waitForDigit)
        .add("SET VARIABLE", true, this::setVariable)
        .add("GET VARIABLE", true, this::getVariable)
        .add("GET FULL VARIABLE", true, this::getFullVariable)
        .add("SET MUSIC", false, this::setMusic)
        .add("SAY DIGITS", false, this::sayDigits)
        .add("SAY NUMBER", false, this::sayNumber)
        .add("SAY ALPHA", false, this::sayAlpha)
        .add("EXEC", true, this::exec)
        .add("HANGUP", false, this::hangup)
        .add("VERBOSE", true, (channel, argv) -> "200 result=1")
        .add("NOOP", true, (channel, argv) -> "200 result=0")
        .add("CHANNEL STATUS", false, (c, argv) -> "200 result=" + c.state().code());
  }

  private String answer(Channel channel, List<String> argv) {
    pbx.answer(channel);
    return "200 result=0";
  }

  private String streamFile(Channel channel, List<String> argv) {
    if (argv.size() < 4) {
      return USAGE;
    }
    Media.Played played = media.play(channel, argv.get(2), argv.get(3));
    if (played.missing()) {
      return "200 result=-1 endpos=0";
    }
    return "200 result=" + played.digit() + " endpos=" + played.endpos();
  }

  private String getData(Channel channel, List<String> argv) {
    if (argv.size() < 3) {
      return USAGE;
    }
    int timeout = argv.size() >= 4 ? atoi(argv.get(3)) : 0;
    int max = argv.size() >= 5 ? atoi(argv.get(4)) : 1024;
    Media.Collected collected = media.getData(channel, argv.get(2), timeout, max);
    if (collected.hungUp()) {
      return "200 result=-1";
    }
    return "200 result=" + collected.digits() + (collected.timedOut() ? " (timeout)" : "");
  }

  private String waitForDigit(Channel channel, List<String> argv) {
    if (argv.size() != 4) {
      return USAGE;
    }
    return "200 result=" + media.waitForDigit(channel, atoi(argv.get(3)));
  }

  private String setVariable(Channel channel, List<String> argv) {
    if (argv.size() != 4) {
      return USAGE;
    }
    variables.write(channel, argv.get(2), argv.get(3));
    return "200 result=1";
  }

  private String getVariable(Channel channel, List<String> argv) {
    if (argv.size() != 3) {
      return USAGE;
    }
    String value = variables.read(channel, argv.get(2));
    return value == null ? "200 result=0" : "200 result=1 (" + value + ")";
  }

  private String getFullVariable(Channel channel, List<String> argv) {
    if (argv.size() < 4) {
      return USAGE;
    }
    Channel target = argv.size() >= 5 ? pbx.channel(argv.get(4)).orElse(null) : channel;
    if (target == null) {
      return "200 result=0";
    }
    return "200 result=1 (" + variables.substitute(target, argv.get(3)) + ")";
  }

  private String setMusic(Channel channel, List<String> argv) {
    if (argv.size() < 3) {
      return USAGE;
    }
    boolean on = argv.get(2).equalsIgnoreCase("on");
    if (on) {
      channel.observers().forEach(o -> o.waitingStarted(channel));
    }
    pbx.events().musicOnHold(channel, on);
    return "200 result=0";
  }

  private String sayDigits(Channel channel, List<String> argv) {
    if (argv.size() != 4) {
      return USAGE;
    }
    return say(channel, argv.get(2).chars().mapToObj(c -> "digits/" + (char) c).toList(), argv);
  }

  /** Letters from {@code letters/}, digits from {@code digits/}, one by one (say.c). */
  private String sayAlpha(Channel channel, List<String> argv) {
    if (argv.size() != 4) {
      return USAGE;
    }
    return say(
        channel,
        argv.get(2)
            .toLowerCase(java.util.Locale.ROOT)
            .chars()
            .mapToObj(c -> (Character.isDigit(c) ? "digits/" : "letters/") + (char) c)
            .toList(),
        argv);
  }

  private String sayNumber(Channel channel, List<String> argv) {
    if (argv.size() < 4) {
      return USAGE;
    }
    return say(channel, List.of("digits/" + argv.get(2)), argv);
  }

  private String say(Channel channel, List<String> files, List<String> argv) {
    for (String file : files) {
      Media.Played played = media.play(channel, file, argv.get(3));
      if (played.digit() != 0) {
        return "200 result=" + played.digit();
      }
    }
    return "200 result=0";
  }

  private String exec(Channel channel, List<String> argv) {
    if (argv.size() < 2) {
      return USAGE;
    }
    String data = argv.size() >= 3 ? String.join(" ", argv.subList(2, argv.size())) : "";
    return applications
        .find(argv.get(1))
        .map(app -> "200 result=" + (app.execute(channel, data) == AppResult.HANGUP ? -1 : 0))
        .orElse("200 result=-2");
  }

  private String hangup(Channel channel, List<String> argv) {
    channel.hangupCause(HangupCause.NORMAL_CLEARING);
    channel.signals().hangup();
    channel.observers().forEach(o -> o.hungUp(channel));
    return "200 result=1";
  }

  private static int atoi(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
