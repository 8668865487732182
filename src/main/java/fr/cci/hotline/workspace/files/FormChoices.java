package fr.cci.hotline.workspace.files;

import fr.cci.hotline.advisors.Advisor;
import fr.cci.hotline.advisors.AdvisorDirectory;
import fr.cci.hotline.advisors.Chambers;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseOutcome;
import fr.cci.hotline.cases.CaseStatus;
import fr.cci.hotline.cases.OrientationPartners;
import fr.cci.hotline.cases.Partner;
import fr.cci.hotline.cases.SizeBand;
import fr.cci.hotline.ivr.MenuTopics;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the workspace's forms offer: topics, sizes, partners, outcomes, filters. */
@Component
class FormChoices {

  private final MenuTopics topics;
  private final OrientationPartners partners;
  private final Chambers chambers;
  private final AdvisorDirectory advisors;

  FormChoices(
      MenuTopics topics,
      OrientationPartners partners,
      Chambers chambers,
      AdvisorDirectory advisors) {
    this.topics = topics;
    this.partners = partners;
    this.chambers = chambers;
    this.advisors = advisors;
  }

  /** For the case form; a withdrawn partner the case names stays shown. */
  void addTo(Model model, CaseDetails details) {
    List<Partner> offered =
        partners.all().stream()
            .filter(partner -> partner.active() || details.partners().contains(partner.code()))
            .toList();
    model.addAttribute("topics", topics.codes());
    model.addAttribute("sizeBands", Arrays.stream(SizeBand.values()).map(Enum::name).toList());
    model.addAttribute("outcomes", Arrays.stream(CaseOutcome.values()).map(Enum::name).toList());
    model.addAttribute("partners", offered);
    model.addAttribute("partnerLabels", labels());
    model.addAttribute("chamberNames", chambers.names());
    model.addAttribute("advisorNames", advisorNames());
  }

  /** For the search form. */
  void addFiltersTo(Model model) {
    model.addAttribute("statuses", Arrays.stream(CaseStatus.values()).map(Enum::name).toList());
    model.addAttribute("chamberNames", chambers.names());
    model.addAttribute(
        "departments",
        chambers.names().keySet().stream()
            .flatMap(chamber -> chambers.departmentsOf(chamber).stream())
            .collect(Collectors.toCollection(TreeSet::new)));
    model.addAttribute("advisorNames", advisorNames());
  }

  private Map<String, String> labels() {
    return partners.all().stream().collect(Collectors.toMap(Partner::code, Partner::label));
  }

  private Map<String, String> advisorNames() {
    return advisors.active().stream()
        .collect(Collectors.toMap(Advisor::id, Advisor::name, (a, b) -> a, TreeMap::new));
  }
}
