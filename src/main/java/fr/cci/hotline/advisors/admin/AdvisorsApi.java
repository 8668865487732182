package fr.cci.hotline.advisors.admin;

import fr.cci.hotline.advisors.Chambers;
import fr.cci.hotline.advisors.directory.AdvisorRecord;
import fr.cci.hotline.advisors.directory.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The advisors as reference data: read by supervisors, written by administrators. */
@RestController
@RequestMapping("/api/advisors")
@Tag(name = "Conseillers", description = "Les conseillers, leur chambre, leur téléphone")
public class AdvisorsApi {

  private final AdvisorAdministration administration;
  private final Chambers chambers;

  AdvisorsApi(AdvisorAdministration administration, Chambers chambers) {
    this.administration = administration;
    this.chambers = chambers;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
  @Operation(summary = "Tous les conseillers, actifs ou non")
  List<AdvisorView> list() {
    return administration.all().stream().map(this::view).toList();
  }

  @GetMapping("/{id}")
  @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
  @Operation(summary = "Un conseiller")
  AdvisorView get(@PathVariable String id) {
    return view(administration.get(id));
  }

  @PostMapping
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Ajoute un conseiller (déconnecté au départ)")
  ResponseEntity<AdvisorView> create(
      @RequestBody @Validated({Default.class, AdvisorRequest.OnCreate.class})
          AdvisorRequest request) {
    AdvisorRecord created = administration.create(request.description(request.id()));
    return ResponseEntity.created(URI.create("/api/advisors/" + created.getId()))
        .body(view(created));
  }

  @PutMapping("/{id}")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Modifie un conseiller")
  AdvisorView update(@PathVariable String id, @RequestBody @Validated AdvisorRequest request) {
    if (request.id() != null && !request.id().equals(id)) {
      throw RequestRefused.invalid("id", "advisors.invalid.id.mismatch", id);
    }
    return view(administration.update(id, request.description(id), request.active()));
  }

  @DeleteMapping("/{id}")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(
      summary = "Désactive un conseiller",
      description = "Il est déconnecté tout de suite, ou à la fin de son appel en cours.")
  AdvisorView deactivate(@PathVariable String id) {
    return view(administration.deactivate(id));
  }

  private AdvisorView view(AdvisorRecord advisor) {
    return AdvisorView.of(advisor, chambers.names());
  }
}
