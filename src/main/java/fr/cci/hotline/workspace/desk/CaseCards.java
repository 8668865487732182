package fr.cci.hotline.workspace.desk;

import fr.cci.hotline.advisors.Advisor;
import fr.cci.hotline.advisors.AdvisorDirectory;
import fr.cci.hotline.advisors.Chambers;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseRecords;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.cases.CaseSummary;
import fr.cci.hotline.ivr.IvrSettings;
import fr.cci.hotline.workspace.WorkspaceSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The case on an advisor's screen, in French, from the case record and its caller's history. */
@Component
class CaseCards {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** A case on « Mon poste ». */
  record CaseCard(
      String caseNumber,
      String status,
      boolean ringing,
      String topic,
      String department,
      String chamber,
      String callerNumber,
      String waited,
      String arrivedAt,
      List<EarlierCase> earlier) {}

  /** One of the caller's earlier cases. */
  record EarlierCase(String caseNumber, String date, String outcome, String advisor) {}

  private final CaseRecords records;
  private final AdvisorDirectory advisors;
  private final Chambers chambers;
  private final MessageSource messages;
  private final IvrSettings hotline;
  private final WorkspaceSettings settings;
  private final Clock clock;

  CaseCards(
      CaseRecords records,
      AdvisorDirectory advisors,
      Chambers chambers,
      MessageSource messages,
      IvrSettings hotline,
      WorkspaceSettings settings,
      Clock clock) {
    this.records = records;
    this.advisors = advisors;
    this.chambers = chambers;
    this.messages = messages;
    this.hotline = hotline;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * @param ringAt when the advisor's phone rang: the caller's wait is counted up to then (or now)
   */
  CaseCard card(CaseDetails details, Instant ringAt) {
    Instant arrived = details.timeline().arrivedAt();
    Integer measured = details.timeline().waitSeconds();
    long waited =
        measured != null
            ? measured
            : Math.max(
                0,
                Duration.between(arrived, ringAt != null ? ringAt : clock.instant()).toSeconds());
    return new CaseCard(
        details.caseNumber(),
        text("cases.status." + details.status().name(), details.status().name()),
        details.status() == CaseStatus.ASSIGNED || details.status() == CaseStatus.OPEN,
        details.topic() == null ? null : text("cases.topic." + details.topic(), details.topic()),
        details.department(),
        chamberName(details.chamber()),
        details.callerNumber(),
        text("workspace.waited", null, waited / 60, String.format("%02d", waited % 60)),
        DAY.format(arrived.atZone(hotline.timeZone())),
        records.earlierCasesOf(details.caseNumber(), settings.earlierCases()).stream()
            .map(this::earlier)
            .toList());
  }

  private EarlierCase earlier(CaseSummary summary) {
    String outcome =
        summary.outcome() != null
            ? text("cases.outcome." + summary.outcome(), summary.outcome())
            : text("cases.status." + summary.status().name(), summary.status().name());
    String advisor =
        summary.advisorId() == null
            ? text("workspace.no-advisor", "—")
            : advisors.find(summary.advisorId()).map(Advisor::name).orElse(summary.advisorId());
    return new EarlierCase(
        summary.caseNumber(),
        DAY.format(summary.arrivedAt().atZone(hotline.timeZone())),
        outcome,
        advisor);
  }

  String chamberName(String chamber) {
    return chamber == null ? null : chambers.names().getOrDefault(chamber, chamber);
  }

  private String text(String key, String otherwise, Object... arguments) {
    return messages.getMessage(key, arguments, otherwise, LocaleContextHolder.getLocale());
  }
}
