package fr.cci.hotline.supervision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The monitoring files kept under {@code src/}: the Grafana dashboard's queries, the rules. */
final class MonitoringFiles {

  static final Path DASHBOARD = Path.of("src/main/monitoring/grafana/hotline-dashboard.json");
  static final Path RULES = Path.of("src/main/monitoring/prometheus/hotline-alerts.yml");
  static final Path RULE_TESTS = Path.of("src/test/monitoring/hotline-alerts-tests.yml");

  private static final Pattern SERIES = Pattern.compile("\\bhotline_[a-z_]+\\b");

  private MonitoringFiles() {}

  /** Every PromQL expression of the dashboard's panels. */
  static List<String> dashboardQueries() {
    JsonNode dashboard;
    try {
      dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    List<String> queries = new ArrayList<>();
    for (JsonNode panel : dashboard.get("panels")) {
      for (JsonNode target : panel.get("targets")) {
        queries.add(target.get("expr").asString());
      }
    }
    return queries;
  }

  /** The Hotline series these expressions read ({@code hotline_calls_waiting}, …). */
  static Set<String> series(List<String> queries) {
    Set<String> names = new TreeSet<>();
    for (String query : queries) {
      Matcher name = SERIES.matcher(query);
      while (name.find()) {
        names.add(name.group());
      }
    }
    return names;
  }
}
