package fr.cci.hotline.load;

import fr.cci.hotline.simulator.PbxSimulator;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.Reinforcements;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The advisors of a load run: the seed's, plus reinforcements added through the administrators'
 * API, all logged in through the presence API, each with a simulated phone.
 */
final class Team {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([a-z0-9]+)\"");

  private Team() {}

  /** Makes the team {@code size} strong and logs everybody in; returns their ids. */
  static List<String> loggedIn(ServiceProcess service, int size) {
    Browser admin = new Browser(service.httpPort());
    List<String> ids = new ArrayList<>(seed(admin));
    if (size > ids.size()) {
      ids.addAll(Reinforcements.add(service.httpPort(), size - ids.size()));
    }
    List<String> team = ids.subList(0, Math.min(size, ids.size()));
    for (String id : team) {
      HttpResponse<String> login =
          admin.postAs(
              "admin",
              ServiceProcess.ADMIN_PASSWORD,
              "/api/advisors/" + id + "/presence",
              "{\"action\":\"LOGIN\"}");
      if (login.statusCode() != 200) {
        throw new IllegalStateException(id + " not logged in: " + login.body());
      }
    }
    return List.copyOf(team);
  }

  /** Every phone of the team rings {@code ring}, then its advisor talks {@code talk}. */
  static void answer(PbxSimulator pbx, List<String> team, Duration ring, Duration talk) {
    team.forEach(id -> pbx.advisor(id).registered().answersAfter(ring, talk));
  }

  private static List<String> seed(Browser admin) {
    String advisors = admin.getAs("admin", ServiceProcess.ADMIN_PASSWORD, "/api/advisors").body();
    List<String> ids = new ArrayList<>();
    Matcher id = ID.matcher(advisors);
    while (id.find()) {
      ids.add(id.group(1));
    }
    return ids;
  }
}
