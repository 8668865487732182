package fr.cci.hotline.advisors.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Presence over HTTP, e.g. for a softphone or a CTI client: an advisor changes their own, a
 * supervisor or an administrator anyone's.
 */
@RestController
@Tag(name = "Présence", description = "Connexion, pause et reprise des conseillers")
class PresenceApi {

  /** What is asked; {@code reason} is required for PAUSE. */
  record PresenceRequest(
      @NotNull(message = "{advisors.invalid.action}") PresenceAction action,
      @Schema(
              example = "lunch",
              allowableValues = {"lunch", "meeting", "training", "other"})
          String reason) {}

  private final PresenceCommands commands;
  private final PresenceLabels labels;

  PresenceApi(PresenceCommands commands, PresenceLabels labels) {
    this.commands = commands;
    this.labels = labels;
  }

  @GetMapping("/api/presence")
  @Operation(summary = "La présence de l'équipe (ou la sienne pour un conseiller)")
  List<PresenceView> team(Authentication who) {
    return commands.visibleTo(who).stream().map(row -> PresenceView.of(row, labels)).toList();
  }

  @GetMapping("/api/advisors/{id}/presence")
  @Operation(summary = "La présence d'un conseiller")
  PresenceView presence(@PathVariable String id, Authentication who) {
    return PresenceView.of(commands.presence(who, id), labels);
  }

  @PostMapping("/api/advisors/{id}/presence")
  @Operation(
      summary = "Se connecter, se mettre en pause, reprendre ou se déconnecter",
      description =
          "Pendant un appel, la pause et la déconnexion prennent effet à la fin de l'appel"
              + " (afterCall).")
  PresenceView change(
      @PathVariable String id, @RequestBody @Valid PresenceRequest request, Authentication who) {
    return PresenceView.of(
        commands.apply(who, id, request.action(), request.reason()).presence(), labels);
  }
}
