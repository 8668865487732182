package fr.cci.hotline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Extra desk advisors added through the administrators' API, one per chamber in turn, each covering
 * the whole region: enough hands for a test that places hundreds or thousands of calls.
 */
public final class Reinforcements {

  private static final List<String> CHAMBERS =
      List.of(
          "caen", "seine-estuaire", "portes-normandie", "ouest-normandie", "rouen", "normandie");

  private Reinforcements() {}

  /** Adds {@code count} advisors, adv201 onwards, through the API of the service on that port. */
  public static List<String> add(int port, int count) {
    Browser admin = new Browser(port);
    List<String> added = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = "adv" + (201 + i);
      HttpResponse<String> created =
          admin.postAs(
              "admin",
              "admin-test-password",
              "/api/advisors",
              "{\"id\":\""
                  + id
                  + "\",\"name\":\"Renfort "
                  + id
                  + "\",\"chamber\":\""
                  + CHAMBERS.get(i % CHAMBERS.size())
                  + "\",\"phone\":\"PJSIP/"
                  + id
                  + "\",\"departments\":[\"14\",\"27\",\"50\",\"61\",\"76\"]}");
      assertThat(created.statusCode()).as("advisor %s created", id).isEqualTo(201);
      added.add(id);
    }
    return added;
  }
}
