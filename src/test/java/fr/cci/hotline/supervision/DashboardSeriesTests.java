package fr.cci.hotline.supervision;

import static fr.cci.hotline.testing.MenuKeys.CALL_ME_BACK;
import static fr.cci.hotline.testing.MenuKeys.CALVADOS;
import static fr.cci.hotline.testing.MenuKeys.THAT_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.simulator.CallRecord;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.PbxTestSupport;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * Every series the Grafana dashboard queries is in the service's {@code /actuator/prometheus}
 * output once some calls went through: a dashboard that names a meter wrongly would draw nothing.
 */
class DashboardSeriesTests extends PbxTestSupport {

  @LocalManagementPort int managementPort;

  @Test
  void everySeriesTheDashboardQueriesIsPublishedAfterSomeTraffic() {
    CallRecord callBack =
        ended(
            pbx.call(
                tresorerieCaller("0622930001", CALVADOS)
                    .pressWhenAsked(CALL_ME_BACK)
                    .pressWhenAsked(THAT_NUMBER)));
    caseOf(callBack, found -> found.status() == CaseStatus.CALLBACK_PENDING);
    teamOf("adv101");
    CallRecord answered = ended(pbx.call(tresorerieCaller("0622930002", CALVADOS)));
    caseOf(answered, found -> found.timeline().endedAt() != null);

    String published = new Browser(managementPort).get("/actuator/prometheus").body();

    Set<String> names =
        published
            .lines()
            .filter(line -> !line.startsWith("#") && !line.isBlank())
            .map(line -> line.split("[{ ]", 2)[0])
            .collect(Collectors.toSet());
    Set<String> queried = MonitoringFiles.series(MonitoringFiles.dashboardQueries());
    assertThat(queried).hasSizeGreaterThan(10);
    assertThat(names).containsAll(queried);
  }
}
