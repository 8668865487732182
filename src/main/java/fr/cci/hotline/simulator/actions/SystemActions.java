package fr.cci.hotline.simulator.actions;

import fr.cci.hotline.simulator.ami.AmiMessage;
import fr.cci.hotline.simulator.ami.AmiReplies;
import fr.cci.hotline.simulator.pbx.Pbx;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Ping, CoreSettings and CoreStatus with the fields of the ami-basics capture. */
public final class SystemActions {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private final Pbx pbx;
  private final String systemName;
  private final Instant startup = Instant.now();
  private volatile int processedCalls;

  public SystemActions(Pbx pbx, String systemName) {
    this.pbx = pbx;
    this.systemName = systemName;
  }

  public void countCall() {
    processedCalls++;
  }

  public void ping(AmiMessage request, AmiReplies replies) {
    replies.send(
        replies
            .withActionId(AmiMessage.response("Success"))
            .add("Ping", "Pong")
            .add("Timestamp", pbx.clock().timestamp()));
  }

  public void coreSettings(AmiMessage request, AmiReplies replies) {
    replies.send(
        replies
            .withActionId(AmiMessage.response("Success"))
            .add("AMIversion", "11.0.0")
            .add("AsteriskVersion", "22.10.1")
            .add("SystemName", systemName)
            .add("CoreMaxCalls", 0)
            .add("CoreMaxLoadAvg", "0.000000")
            .add("CoreRunUser", "")
            .add("CoreRunGroup", "")
            .add("CoreMaxFilehandles", 0)
            .add("CoreRealTimeEnabled", "No")
            .add("CoreCDRenabled", "Yes")
            .add("CoreHTTPenabled", "No")
            .add("SoundsSearchCustomDir", "No"));
  }

  public void coreStatus(AmiMessage request, AmiReplies replies) {
    replies.send(
        replies
            .withActionId(AmiMessage.response("Success"))
            .add("CoreStartupDate", DATE.format(startup))
            .add("CoreStartupTime", TIME.format(startup))
            .add("CoreReloadDate", DATE.format(startup))
            .add("CoreReloadTime", TIME.format(startup))
            .add("CoreCurrentCalls", pbx.channels().size())
            .add("CoreProcessedCalls", processedCalls));
  }
}
