package fr.cci.hotline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.testing.AmiTestClient;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AmiServerTests {

  @RegisterExtension PbxSimulatorExtension pbx = PbxSimulatorExtension.create();

  @Test
  void greetsWithTheAsteriskBannerAndAcceptsTheConfiguredLogin() throws Exception {
    try (AmiTestClient client = new AmiTestClient(pbx.simulator().amiPort())) {
      assertThat(client.banner()).isEqualTo("Asterisk Call Manager/11.0.0");
      client.action("Action: Login", "Username: hotline", "Secret: hotline", "ActionID: a1");
      assertThat(client.awaitResponse("a1"))
          .containsExactly(
              Map.entry("Response", "Success"),
              Map.entry("ActionID", "a1"),
              Map.entry("Message", "Authentication accepted"));
      assertThat(client.awaitEvent("FullyBooted", e -> true))
          .containsEntry("Status", "Fully Booted");
      assertThat(client.awaitEvent("SuccessfulAuth", e -> true))
          .containsEntry("AccountID", "hotline");
    }
  }

  @Test
  void refusesAWrongSecretAndClosesThatConnectionButKeepsServing() throws Exception {
    try (AmiTestClient client = new AmiTestClient(pbx.simulator().amiPort())) {
      client.action("Action: Login", "Username: hotline", "Secret: nope", "ActionID: bad");
      assertThat(client.awaitResponse("bad"))
          .containsEntry("Response", "Error")
          .containsEntry("Message", "Authentication failed");
      Awaitility.await().until(client::closedByServer);
    }
    try (AmiTestClient client = AmiTestClient.loggedIn(pbx.simulator().amiPort())) {
      client.action("Action: Ping", "ActionID: p");
      assertThat(client.awaitResponse("p")).containsEntry("Ping", "Pong");
    }
  }

  @Test
  void answersPermissionDeniedToAnyActionBeforeLogin() throws Exception {
    try (AmiTestClient client = new AmiTestClient(pbx.simulator().amiPort())) {
      client.action("Action: CoreStatus", "ActionID: early");
      assertThat(client.awaitResponse("early"))
          .containsExactly(
              Map.entry("Response", "Error"),
              Map.entry("ActionID", "early"),
              Map.entry("Message", "Permission denied"));
    }
  }

  @Test
  void answersAnUnknownActionLikeManagerDotC() throws Exception {
    try (AmiTestClient client = AmiTestClient.loggedIn(pbx.simulator().amiPort())) {
      client.action("Action: Frobnicate", "ActionID: u");
      assertThat(client.awaitResponse("u"))
          .containsEntry("Response", "Error")
          .containsEntry(
              "Message",
              "Invalid/unknown command: Frobnicate. Use Action: ListCommands to show available"
                  + " commands.");
    }
  }

  @Test
  void survivesGarbageLinesAndAnswersMissingAction() throws Exception {
    try (AmiTestClient client = AmiTestClient.loggedIn(pbx.simulator().amiPort())) {
      client.send("this is not a header\r\n\u0001\u0002 garbage\r\n\r\n");
      Map<String, String> error =
          client.awaitMessage(m -> "Missing action in request".equals(m.get("Message")));
      assertThat(error).containsEntry("Response", "Error");
      client.action("Action: Ping", "ActionID: still-alive");
      assertThat(client.awaitResponse("still-alive")).containsKeys("Ping", "Timestamp");
    }
  }

  @Test
  void saysGoodbyeOnLogoff() throws Exception {
    try (AmiTestClient client = AmiTestClient.loggedIn(pbx.simulator().amiPort())) {
      client.action("Action: Logoff", "ActionID: bye");
      assertThat(client.awaitResponse("bye"))
          .containsEntry("Response", "Goodbye")
          .containsEntry("Message", "Thanks for all the fish.");
      Awaitility.await().until(client::closedByServer);
    }
  }

  @Test
  void stopsSendingEventsWhenTheClientTurnsThemOff() throws Exception {
    try (AmiTestClient client = AmiTestClient.loggedIn(pbx.simulator().amiPort())) {
      client.action("Action: Events", "EventMask: off", "ActionID: ev");
      assertThat(client.awaitResponse("ev")).containsEntry("Events", "Off");
      int before = client.eventNames().size();
      pbx.simulator().advisor("adv150");
      client.action("Action: Ping", "ActionID: after");
      client.awaitResponse("after");
      assertThat(client.eventNames()).hasSize(before);
    }
  }

  @Test
  void dropsClientsAndListensAgainOnTheSamePort() throws Exception {
    int port = pbx.simulator().amiPort();
    try (AmiTestClient client = AmiTestClient.loggedIn(port)) {
      pbx.simulator().dropAmiConnections();
      Awaitility.await().until(client::closedByServer);
    }
    pbx.simulator().stopAmi();
    pbx.simulator().startAmi();
    assertThat(pbx.simulator().amiPort()).isEqualTo(port);
    try (AmiTestClient client = AmiTestClient.loggedIn(port)) {
      client.action("Action: Ping", "ActionID: back");
      assertThat(client.awaitResponse("back")).containsEntry("Response", "Success");
    }
  }
}
