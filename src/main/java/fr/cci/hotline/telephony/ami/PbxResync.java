package fr.cci.hotline.telephony.ami;

import fr.cci.hotline.telephony.AmiConnected;
import fr.cci.hotline.telephony.LiveChannelsListed;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After each AMI (re)connection, asks Asterisk for the state it holds now, because events missed
 * while the link was down are gone: every device's state (delivered as {@code DeviceStateChange}
 * events) and the live channels.
 */
@Component
class PbxResync {

  private static final Logger log = LoggerFactory.getLogger(PbxResync.class);

  private final AmiLink link;
  private final PbxEventDispatcher dispatcher;
  private final Clock clock;

  PbxResync(AmiLink link, PbxEventDispatcher dispatcher, Clock clock) {
    this.link = link;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  @EventListener
  void resync(AmiConnected connected) {
    try {
      link.sendEventGenerating(new DeviceStateListAction());
      Instant asked = clock.instant();
      Set<String> live =
          link.sendEventGenerating(new CoreShowChannelsAction()).stream()
              .filter(CoreShowChannelEvent.class::isInstance)
              .map(event -> ((CoreShowChannelEvent) event).getUniqueid())
              .collect(Collectors.toSet());
      dispatcher.dispatch(new LiveChannelsListed(live, asked));
      log.info("PBX state resynchronised: {} live channels", live.size());
    } catch (AmiUnavailable failure) {
      log.warn("PBX resync incomplete: {}", failure.getMessage());
    }
  }
}
