package fr.cci.hotline.cases.web;

import fr.cci.hotline.cases.AuditEntry;
import fr.cci.hotline.cases.CaseFiles;
import fr.cci.hotline.cases.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A data subject's requests and the audit trail, for administrators. The caller number travels in
 * the body, not the URL, so that it stays out of access logs and proxies.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Données personnelles", description = "Export, effacement et journal d'accès (RGPD)")
class CallerDataApi {

  /** The caller number concerned, in any of the operators' forms. */
  record CallerRequest(String callerNumber) {}

  private final CaseFiles files;
  private final Viewers viewers;

  CallerDataApi(CaseFiles files, Viewers viewers) {
    this.files = files;
    this.viewers = viewers;
  }

  @PostMapping("/api/callers/export")
  @Operation(summary = "Tout ce qui concerne un numéro, en JSON (tracé)")
  CaseFiles.CallerExport export(
      @RequestBody CallerRequest caller, Authentication who, HttpServletRequest request) {
    return files.exportCaller(viewers.of(who, request), caller.callerNumber());
  }

  @PostMapping("/api/callers/erase")
  @Operation(
      summary = "Effacer un numéro et les données personnelles de ses dossiers (tracé)",
      description = "Les statistiques (thème, département, chambre, résultat, durées) restent.")
  Map<String, Integer> erase(
      @RequestBody CallerRequest caller, Authentication who, HttpServletRequest request) {
    return Map.of(
        "casesErased", files.eraseCaller(viewers.of(who, request), caller.callerNumber()));
  }

  @GetMapping("/api/audit")
  @Operation(summary = "Le journal des consultations et modifications, le plus récent d'abord")
  CasesApi.PageView<AuditEntry> audit(
      @RequestParam(name = "case", required = false) String caseNumber,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      Authentication who,
      HttpServletRequest request) {
    return CasesApi.PageView.of(
        files.audit(
            viewers.of(who, request),
            caseNumber,
            PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200))));
  }
}
