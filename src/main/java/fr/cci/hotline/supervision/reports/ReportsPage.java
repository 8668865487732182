package fr.cci.hotline.supervision.reports;

import fr.cci.hotline.supervision.SupervisionSettings;
import fr.cci.hotline.supervision.reports.Reports.Line;
import fr.cci.hotline.supervision.reports.Reports.Report;
import fr.cci.hotline.supervision.web.Formats;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reports page and its CSV file, for supervisors and administrators: a day or a week, by
 * département, chamber, topic or outcome, with the calls per hour. A field that cannot be read is
 * named next to it (the file answers 400 with the same sentences).
 */
@Controller
@RequestMapping("/supervision")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class ReportsPage {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final ReportRows.Style STYLE =
      new ReportRows.Style(Formats::percent, Formats::stopwatch);

  private final Reports reports;
  private final ReportRows rows;
  private final ReportCsv csv;
  private final long thresholdSeconds;
  private final Clock clock;

  ReportsPage(
      Reports reports, ReportRows rows, ReportCsv csv, SupervisionSettings settings, Clock clock) {
    this.reports = reports;
    this.rows = rows;
    this.csv = csv;
    this.thresholdSeconds = settings.serviceLevelThreshold().toSeconds();
    this.clock = clock;
  }

  @GetMapping("/reports")
  String page(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String by,
      Model model,
      HttpServletResponse response) {
    Map<String, String> errors = new LinkedHashMap<>();
    ReportQuery query = ReportQuery.parse(period, date, by, today(), errors);
    model.addAttribute("query", query.parameters());
    model.addAttribute("errors", messages(errors));
    model.addAttribute("entered", entered(period, date, by));
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "supervision/reports";
    }
    Report report = reports.of(query);
    model.addAttribute("title", title(query));
    model.addAttribute("grouping", rows.grouping(query.by()));
    model.addAttribute(
        "rows",
        report.lines().stream()
            .map(line -> rows.row(line.key(), label(report, line), line.figures(), STYLE))
            .toList());
    model.addAttribute("total", rows.row("all", rows.all(), report.total(), STYLE));
    model.addAttribute("chart", report.chart());
    model.addAttribute("thresholdSeconds", thresholdSeconds);
    model.addAttribute("fallback", report.fallback());
    model.addAttribute("fallbackTotal", report.fallback().values().stream().mapToInt(i -> i).sum());
    model.addAttribute("previous", around(query, -1));
    model.addAttribute("next", around(query, 1));
    return "supervision/reports";
  }

  @GetMapping("/reports.csv")
  ResponseEntity<byte[]> file(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    ReportQuery query = ReportQuery.parse(period, date, by, today(), errors);
    if (!errors.isEmpty()) {
      return ResponseEntity.badRequest()
          .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
          .body(String.join("\n", messages(errors).values()).getBytes(StandardCharsets.UTF_8));
    }
    String name =
        "hotline-"
            + query.parameters().get("period")
            + "-"
            + query.from()
            + "-"
            + query.parameters().get("by")
            + ".csv";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(csv.write(reports.of(query)));
  }

  private String label(Report report, Line line) {
    return rows.label(report.query().by(), line.key());
  }

  private String title(ReportQuery query) {
    return query.period() == ReportQuery.Period.DAY
        ? rows.message("supervision.reports.day", DATE.format(query.from()))
        : rows.message(
            "supervision.reports.week", DATE.format(query.from()), DATE.format(query.to()));
  }

  /** The query of the period before ({@code -1}) or after ({@code 1}). */
  private static Map<String, String> around(ReportQuery query, int step) {
    LocalDate date =
        query.period() == ReportQuery.Period.DAY
            ? query.date().plusDays(step)
            : query.date().plusWeeks(step);
    return new ReportQuery(query.period(), date, query.by()).parameters();
  }

  /** What the supervisor typed, shown again in the form next to its error. */
  private static Map<String, String> entered(String period, String date, String by) {
    Map<String, String> entered = new LinkedHashMap<>();
    entered.put("period", period == null ? "" : period);
    entered.put("date", date == null ? "" : date);
    entered.put("by", by == null ? "" : by);
    return entered;
  }

  private Map<String, String> messages(Map<String, String> errors) {
    return errors.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                error -> rows.message(error.getValue()),
                (a, b) -> a,
                LinkedHashMap::new));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), reports.zone());
  }
}
