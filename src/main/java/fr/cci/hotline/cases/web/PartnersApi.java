package fr.cci.hotline.cases.web;

import fr.cci.hotline.cases.OrientationPartners;
import fr.cci.hotline.cases.Partner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The orientation partners: read by everyone, edited by administrators. */
@RestController
@Tag(name = "Partenaires", description = "Liste de référence des partenaires d'orientation")
class PartnersApi {

  /** A partner as the API receives it; the code is the path's. */
  record PartnerRequest(String label, Boolean active, Integer position) {}

  private final OrientationPartners partners;

  PartnersApi(OrientationPartners partners) {
    this.partners = partners;
  }

  @GetMapping("/api/partners")
  @Operation(summary = "Les partenaires, y compris ceux retirés du formulaire (active=false)")
  List<Partner> all() {
    return partners.all();
  }

  @PutMapping("/api/partners/{code}")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Ajouter ou modifier un partenaire (administrateurs)")
  Partner save(@PathVariable String code, @RequestBody PartnerRequest request) {
    return partners.save(
        new Partner(
            code,
            request.label(),
            request.active() == null || request.active(),
            request.position() == null ? 1000 : request.position()));
  }
}
