package fr.cci.hotline.workspace.files;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseFiles;
import fr.cci.hotline.cases.FieldsRefused;
import fr.cci.hotline.cases.Viewer;
import fr.cci.hotline.cases.Viewers;
import fr.cci.hotline.ivr.IvrSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One case: what the call recorded, the caller number whole (the opening is audited), and the case
 * form for those who may change it. A half-filled form is kept as a draft on the server while it is
 * typed, and given back on the next opening.
 */
@Controller
class CasePage {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final CaseFiles files;
  private final Viewers viewers;
  private final FormChoices choices;
  private final IvrSettings hotline;

  CasePage(CaseFiles files, Viewers viewers, FormChoices choices, IvrSettings hotline) {
    this.files = files;
    this.viewers = viewers;
    this.choices = choices;
    this.hotline = hotline;
  }

  @GetMapping("/dossiers/{caseNumber}")
  String page(
      @PathVariable String caseNumber,
      Authentication who,
      HttpServletRequest request,
      Model model) {
    Viewer viewer = viewers.of(who, request);
    CaseDetails details = files.open(viewer, caseNumber);
    boolean editable = files.mayEdit(viewer, details);
    FormFields fields =
        editable
            ? files
                .draft(viewer, caseNumber)
                .map(FormFields::ofDraft)
                .orElse(FormFields.of(details))
            : FormFields.of(details);
    return show(model, viewer, details, editable, fields, Map.of());
  }

  @PostMapping("/dossiers/{caseNumber}")
  String save(
      @PathVariable String caseNumber,
      @RequestParam MultiValueMap<String, String> form,
      Authentication who,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Viewer viewer = viewers.of(who, request);
    FormFields fields = FormFields.of(form);
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      var completion = fields.completion(errors);
      if (errors.isEmpty()) {
        files.save(viewer, caseNumber, completion);
        redirect.addFlashAttribute("notice", "workspace.form.saved");
        return viewer.is(Role.ADVISOR) ? "redirect:/poste" : "redirect:/dossiers/" + caseNumber;
      }
    } catch (FieldsRefused refused) {
      errors.putAll(refused.errors());
    } catch (IllegalStateException notOver) {
      errors.put("outcome", "cases.problem.call-not-over");
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    CaseDetails details = files.open(viewer, caseNumber);
    return show(model, viewer, details, true, fields, errors);
  }

  /** The page's script keeps what is typed, a moment after each change. */
  @PostMapping("/dossiers/{caseNumber}/brouillon")
  ResponseEntity<Void> draft(
      @PathVariable String caseNumber,
      @RequestParam MultiValueMap<String, String> form,
      Authentication who,
      HttpServletRequest request) {
    String content = FormFields.of(form).encoded();
    if (content.length() > 8000) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
    }
    files.saveDraft(viewers.of(who, request), caseNumber, content);
    return ResponseEntity.noContent().build();
  }

  private String show(
      Model model,
      Viewer viewer,
      CaseDetails details,
      boolean editable,
      FormFields fields,
      Map<String, String> errors) {
    model.addAttribute("details", details);
    model.addAttribute("editable", editable);
    model.addAttribute("form", fields);
    model.addAttribute("errors", errors);
    model.addAttribute("viewer", viewer);
    model.addAttribute(
        "arrivedAt", DAY.format(details.timeline().arrivedAt().atZone(hotline.timeZone())));
    choices.addTo(model, details);
    return "workspace/case";
  }
}
