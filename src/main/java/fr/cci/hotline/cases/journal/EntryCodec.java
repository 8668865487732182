package fr.cci.hotline.cases.journal;

import fr.cci.hotline.ivr.CallAbandoned;
import fr.cci.hotline.ivr.CallArrived;
import fr.cci.hotline.ivr.CallClosedLine;
import fr.cci.hotline.ivr.CallerLocated;
import fr.cci.hotline.ivr.TopicChosen;
import fr.cci.hotline.routing.AdvisorOffered;
import fr.cci.hotline.routing.CallAnswered;
import fr.cci.hotline.routing.CallCompleted;
import fr.cci.hotline.routing.CallQueued;
import fr.cci.hotline.routing.CallbackAttemptFailed;
import fr.cci.hotline.routing.CallbackCancelled;
import fr.cci.hotline.routing.CallbackFailed;
import fr.cci.hotline.routing.CallbackRequested;
import fr.cci.hotline.routing.CallbackTriggered;
import fr.cci.hotline.routing.CallerLeftWaiting;
import fr.cci.hotline.routing.LineClosedWhileWaiting;
import fr.cci.hotline.routing.OfferDeclined;
import fr.cci.hotline.telephony.ChannelHungUp;
import fr.cci.hotline.telephony.FallbackCallEnded;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A journal entry as one line of JSON in the spool: {@code {"id", "case", "at", "type", "event"}}.
 * Only the events the case records listen to can be read back.
 */
final class EntryCodec {

  static final List<Class<? extends Record>> EVENTS =
      List.of(
          CallArrived.class,
          TopicChosen.class,
          CallerLocated.class,
          CallAbandoned.class,
          CallClosedLine.class,
          CallQueued.class,
          AdvisorOffered.class,
          OfferDeclined.class,
          CallAnswered.class,
          CallCompleted.class,
          CallerLeftWaiting.class,
          CallbackRequested.class,
          LineClosedWhileWaiting.class,
          CallbackAttemptFailed.class,
          CallbackFailed.class,
          CallbackTriggered.class,
          CallbackCancelled.class,
          FallbackCallEnded.class,
          ChannelHungUp.class);

  private final Map<String, Class<? extends Record>> types =
      EVENTS.stream().collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

  // Our own mapper: the spool format must not change with the web layer's JSON settings. A spool
  // written by another version of an event record is read as far as its fields match.
  private final JsonMapper json =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  String encode(JournalEntry entry) {
    ObjectNode line = json.createObjectNode();
    line.put("id", entry.id());
    line.put("case", entry.caseNumber());
    line.put("at", entry.at().toString());
    line.put("type", entry.kind());
    line.set("event", json.valueToTree(entry.event()));
    return json.writeValueAsString(line);
  }

  /**
   * @throws IllegalArgumentException for a line that is not a whole entry (torn by a crash) or an
   *     event type this version does not know
   */
  JournalEntry decode(String line) {
    try {
      JsonNode node = json.readTree(line);
      Class<? extends Record> type = types.get(node.path("type").asString(""));
      if (type == null || !node.hasNonNull("id") || !node.hasNonNull("event")) {
        throw new IllegalArgumentException("not a journal entry");
      }
      return new JournalEntry(
          node.get("id").asString(),
          node.path("case").asString(null),
          Instant.parse(node.get("at").asString()),
          json.treeToValue(node.get("event"), type));
    } catch (RuntimeException unreadable) {
      // The message could quote the line, and with it a caller number: keep only the type.
      throw new IllegalArgumentException(
          "unreadable journal line (" + unreadable.getClass().getSimpleName() + ")");
    }
  }
}
