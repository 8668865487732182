package fr.cci.hotline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.testing.AmiTestClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Responses and list events compared with ami-basics-transcript.txt: field names and order. */
class AmiActionReplayTests {

  @RegisterExtension PbxSimulatorExtension pbx = PbxSimulatorExtension.create();

  private List<CaptureTranscript.Block> capture;

  @BeforeEach
  void readCapture() throws Exception {
    capture = CaptureTranscript.read("/simulator/ami-basics-transcript.txt");
  }

  @Test
  void answersCoreSettingsAndCoreStatusWithTheCapturedFields() throws Exception {
    try (AmiTestClient ami = AmiTestClient.loggedIn(pbx.simulator().amiPort())) {
      ami.action("Action: CoreSettings", "ActionID: lab-2");
      ami.action("Action: CoreStatus", "ActionID: lab-3");
      assertThat(List.copyOf(ami.awaitResponse("lab-2").keySet()))
          .isEqualTo(fields(b -> "lab-2".equals(b.headers().get("ActionID"))));
      assertThat(ami.awaitResponse("lab-2")).containsEntry("AsteriskVersion", "22.10.1");
      assertThat(List.copyOf(ami.awaitResponse("lab-3").keySet()))
          .isEqualTo(fields(b -> "lab-3".equals(b.headers().get("ActionID"))));
    }
  }

  @Test
  void listsQueueStatusAndSummaryWithTheCapturedFields() throws Exception {
    pbx.simulator().advisor("adv101");
    try (AmiTestClient ami = AmiTestClient.loggedIn(pbx.simulator().amiPort())) {
      ami.action("Action: QueueAdd", "Queue: support", "Interface: PJSIP/adv101", "ActionID: add");
      ami.awaitResponse("add");
      ami.action("Action: QueueSummary", "Queue: support", "ActionID: lab-4");
      ami.action("Action: QueueStatus", "Queue: support", "ActionID: lab-5");
      ami.awaitEvent("QueueStatusComplete", e -> true);
      for (String event :
          List.of(
              "QueueSummary",
              "QueueSummaryComplete",
              "QueueParams",
              "QueueMember",
              "QueueStatusComplete")) {
        assertThat(List.copyOf(ami.awaitEvent(event, e -> true).keySet()))
            .as(event)
            .isEqualTo(fields(b -> event.equals(b.headers().get("Event"))));
      }
      assertThat(List.copyOf(ami.awaitResponse("lab-5").keySet()))
          .isEqualTo(
              fields(
                  b -> "lab-5".equals(b.headers().get("ActionID")) && b.name().equals("Success")));
    }
  }

  @Test
  void reportsDeviceStatesContactsAndChannelsAsLists() throws Exception {
    pbx.simulator().advisor("adv101");
    pbx.simulator().advisor("adv102").unregistered();
    try (AmiTestClient ami = AmiTestClient.loggedIn(pbx.simulator().amiPort())) {
      ami.action("Action: DeviceStateList", "ActionID: d");
      Map<String, String> complete = ami.awaitEvent("DeviceStateListComplete", e -> true);
      assertThat(complete).containsEntry("ActionID", "d").containsEntry("ListItems", "2");
      assertThat(ami.events("DeviceStateChange"))
          .filteredOn(e -> "d".equals(e.get("ActionID")))
          .extracting(e -> e.get("Device") + "=" + e.get("State"))
          .containsExactlyInAnyOrder("PJSIP/adv101=NOT_INUSE", "PJSIP/adv102=UNAVAILABLE");
      ami.action("Action: PJSIPShowContacts", "ActionID: c");
      assertThat(ami.awaitEvent("ContactListComplete", e -> true)).containsEntry("ListItems", "1");
      ami.action("Action: CoreShowChannels", "ActionID: ch");
      assertThat(ami.awaitEvent("CoreShowChannelsComplete", e -> true))
          .containsEntry("ListItems", "0");
    }
  }

  @Test
  void originatesACallbackToAnAdvisorAndReportsTheOutcome() throws Exception {
    pbx.simulator().advisor("adv101").answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(5));
    try (AmiTestClient ami = AmiTestClient.loggedIn(pbx.simulator().amiPort())) {
      ami.action(
          "Action: Originate",
          "Channel: PJSIP/adv101",
          "Application: Wait",
          "Data: 1",
          "CallerID: \"Hotline\" <0232100900>",
          "Async: true",
          "ActionID: cb");
      assertThat(ami.awaitResponse("cb")).containsEntry("Message", "Originate successfully queued");
      Map<String, String> response = ami.awaitEvent("OriginateResponse", e -> true);
      assertThat(response)
          .containsEntry("ActionID", "cb")
          .containsEntry("Response", "Success")
          .containsEntry("Reason", "4");
      assertThat(List.copyOf(response.keySet()))
          .isEqualTo(fields(b -> "OriginateResponse".equals(b.headers().get("Event"))));
    }
  }

  private List<String> fields(java.util.function.Predicate<CaptureTranscript.Block> which) {
    return CaptureTranscript.fieldsOf(capture, which);
  }
}
