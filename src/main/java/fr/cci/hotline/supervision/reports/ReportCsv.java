package fr.cci.hotline.supervision.reports;

import fr.cci.hotline.supervision.reports.Reports.Line;
import fr.cci.hotline.supervision.reports.Reports.Report;
import fr.cci.hotline.supervision.web.Formats;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.springframework.stereotype.Component;

/**
 * A report as a CSV file that a French spreadsheet opens as it is: {@code ;} between fields, UTF-8
 * with a byte order mark (so that accents survive), dates as dd/MM/yyyy, a decimal comma, shares in
 * percent and durations in seconds. An undefined figure (no call) is an empty field.
 */
@Component
class ReportCsv {

  static final String BOM = "\uFEFF";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final ReportRows.Style STYLE =
      new ReportRows.Style(
          share -> share.isPresent() ? Formats.decimal(share.getAsDouble() * 100, 1) : "",
          ReportCsv::seconds);

  private final ReportRows rows;

  ReportCsv(ReportRows rows) {
    this.rows = rows;
  }

  byte[] write(Report report) {
    StringBuilder csv = new StringBuilder(BOM);
    line(csv, header());
    String from = DATE.format(report.query().from());
    String to = DATE.format(report.query().to());
    String grouping = rows.grouping(report.query().by());
    for (Line line : report.lines()) {
      String label = rows.label(report.query().by(), line.key());
      line(csv, fields(from, to, grouping, rows.row(line.key(), label, line.figures(), STYLE)));
    }
    line(csv, fields(from, to, grouping, rows.row("all", rows.all(), report.total(), STYLE)));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The file's first line, from the message bundle. */
  List<String> header() {
    List<String> header = new ArrayList<>();
    for (String column :
        List.of(
            "from",
            "to",
            "grouping",
            "value",
            "arrived",
            "offered",
            "answered",
            "abandoned",
            "short-abandons",
            "callbacks",
            "service-level",
            "asa",
            "abandonment",
            "aht")) {
      header.add(rows.message("supervision.csv." + column));
    }
    return header;
  }

  private static List<String> fields(String from, String to, String grouping, ReportRows.Row row) {
    return List.of(
        from,
        to,
        grouping,
        row.label(),
        Integer.toString(row.arrived()),
        Integer.toString(row.offered()),
        Integer.toString(row.answered()),
        Integer.toString(row.abandoned()),
        Integer.toString(row.shortAbandons()),
        Integer.toString(row.callbacks()),
        row.serviceLevel(),
        row.averageSpeedOfAnswer(),
        row.abandonmentRate(),
        row.averageHandlingTime());
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(';');
      }
      csv.append(quoted(fields.get(i)));
    }
    csv.append("\r\n");
  }

  /** A field with a separator, a quote or a line break is quoted, its quotes doubled. */
  private static String quoted(String field) {
    if (field.contains(";") || field.contains("\"") || field.contains("\n")) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }

  private static String seconds(OptionalDouble seconds) {
    return seconds.isPresent() ? Formats.decimal(seconds.getAsDouble(), 1) : "";
  }
}
