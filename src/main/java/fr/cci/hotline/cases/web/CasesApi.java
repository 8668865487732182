package fr.cci.hotline.cases.web;

import fr.cci.hotline.cases.CaseCompletion;
import fr.cci.hotline.cases.CaseDetails;
import fr.cci.hotline.cases.CaseFiles;
import fr.cci.hotline.cases.CaseQueries;
import fr.cci.hotline.cases.CaseSummary;
import fr.cci.hotline.cases.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases as JSON for every role, within the access rules of {@link CaseFiles}: lists show caller
 * numbers masked, the opened case whole. Each view and change is audited.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Dossiers", description = "Recherche, consultation et fiche des dossiers")
class CasesApi {

  /** A page of results. */
  record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
    static <T> PageView<T> of(Page<T> page) {
      return new PageView<>(
          page.getContent(),
          page.getNumber(),
          page.getSize(),
          page.getTotalElements(),
          page.getTotalPages());
    }
  }

  private final CaseFiles files;
  private final Viewers viewers;

  CasesApi(CaseFiles files, Viewers viewers) {
    this.files = files;
    this.viewers = viewers;
  }

  @GetMapping
  @Operation(
      summary = "Rechercher des dossiers",
      description =
          "Filtres : status, department, chamber, advisor, from et to (AAAA-MM-JJ, arrivée),"
              + " siren, words (dans l'entreprise ou les notes). Pages : page (0…), size (1–100),"
              + " sort (arrivedAt, caseNumber, status, department, chamber, advisorId,"
              + " followUpDate ; ,asc ou ,desc). Un conseiller ne voit que les dossiers de sa"
              + " chambre et les siens ; les numéros d'appelant sont masqués.")
  PageView<CaseSummary> search(
      @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
      Authentication who,
      HttpServletRequest request) {
    CaseQueries.Query query = CaseQueries.read(parameters);
    return PageView.of(files.search(viewers.of(who, request), query.filter(), query.page()));
  }

  @GetMapping("/{caseNumber}")
  @Operation(summary = "Un dossier, numéro de l'appelant en clair (consultation tracée)")
  CaseDetails find(
      @PathVariable String caseNumber, Authentication who, HttpServletRequest request) {
    return files.open(viewers.of(who, request), caseNumber);
  }

  @PutMapping("/{caseNumber}")
  @Operation(
      summary = "Enregistrer la fiche et clore le dossier",
      description =
          "SIREN : 9 chiffres avec clé de Luhn. sizeBand : EMPLOYEES_0_5, EMPLOYEES_6_9,"
              + " EMPLOYEES_10_49, EMPLOYEES_50_249, EMPLOYEES_250_PLUS. outcome :"
              + " ORIENTATION_GIVEN (au moins un partenaire), FOLLOW_UP_PLANNED (date de suivi"
              + " requise), INFORMATION_GIVEN, NO_ACTION_NEEDED, OUT_OF_SCOPE. partners : codes de"
              + " /api/partners.")
  CaseDetails save(
      @PathVariable String caseNumber,
      @RequestBody CaseCompletion form,
      Authentication who,
      HttpServletRequest request) {
    return files.save(viewers.of(who, request), caseNumber, form);
  }
}
