package fr.cci.hotline.workspace.files;

import fr.cci.hotline.cases.CaseFiles;
import fr.cci.hotline.cases.CaseQueries;
import fr.cci.hotline.cases.CaseSummary;
import fr.cci.hotline.cases.FieldsRefused;
import fr.cci.hotline.cases.Viewers;
import fr.cci.hotline.ivr.IvrSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * « Dossiers »: the case search with the filters of {@code GET /api/cases}, within the same access
 * rules; caller numbers masked.
 */
@Controller
class CaseListPage {

  private final CaseFiles files;
  private final Viewers viewers;
  private final FormChoices choices;
  private final IvrSettings hotline;

  CaseListPage(CaseFiles files, Viewers viewers, FormChoices choices, IvrSettings hotline) {
    this.files = files;
    this.viewers = viewers;
    this.choices = choices;
    this.hotline = hotline;
  }

  @GetMapping("/dossiers")
  String search(
      @RequestParam Map<String, String> parameters,
      Authentication who,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("filters", parameters);
    model.addAttribute("zone", hotline.timeZone());
    choices.addFiltersTo(model);
    try {
      CaseQueries.Query query = CaseQueries.read(parameters);
      Page<CaseSummary> page = files.search(viewers.of(who, request), query.filter(), query.page());
      model.addAttribute("results", page);
      model.addAttribute("errors", Map.of());
    } catch (FieldsRefused refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("errors", refused.errors());
    }
    return "workspace/cases";
  }
}
