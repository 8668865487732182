package fr.cci.hotline.routing.web;

import fr.cci.hotline.routing.RoutingSettings;
import fr.cci.hotline.routing.callback.CallbackCommands;
import fr.cci.hotline.routing.callback.CallbackLine;
import fr.cci.hotline.routing.callback.CallbackRefused;
import fr.cci.hotline.routing.callback.CallbackState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Call-backs over HTTP, for advisors and supervisors. */
@RestController
@RequestMapping("/api/callbacks")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
@Tag(name = "Rappels", description = "Les rappels demandés par les appelants, à faire ou en échec")
class CallbacksApi {

  /** What the list shows unless asked otherwise: everything still to follow up. */
  static final Set<CallbackState> TO_FOLLOW_UP =
      EnumSet.of(
          CallbackState.PENDING,
          CallbackState.RINGING,
          CallbackState.ANSWERED,
          CallbackState.DIALLING,
          CallbackState.FAILED);

  /** Why the call-back is cancelled. */
  record CancelRequest(
      @NotBlank(message = "{callbacks.invalid.reason}")
          @Size(max = CallbackCommands.MAX_REASON, message = "{callbacks.invalid.reason.size}")
          String reason) {}

  private final CallbackLine callbacks;
  private final CallbackCommands commands;
  private final CallbackLabels labels;
  private final RoutingSettings settings;

  CallbacksApi(
      CallbackLine callbacks,
      CallbackCommands commands,
      CallbackLabels labels,
      RoutingSettings settings) {
    this.callbacks = callbacks;
    this.commands = commands;
    this.labels = labels;
    this.settings = settings;
  }

  @GetMapping
  @Operation(
      summary = "Les rappels, les plus anciens d'abord",
      description = "Par défaut, ceux à faire, en cours et en échec.")
  List<CallbackView> list(
      @Parameter(description = "PENDING, RINGING, ANSWERED, DIALLING, DONE, FAILED, CANCELLED")
          @RequestParam(name = "state", required = false)
          List<String> states) {
    return callbacks.inStates(states(states)).stream().map(this::view).toList();
  }

  @GetMapping("/{caseNumber}")
  @Operation(summary = "Un rappel, avec ses essais et qui l'a relancé ou annulé")
  CallbackView find(@PathVariable String caseNumber) {
    return details(caseNumber);
  }

  @PostMapping("/{caseNumber}/trigger")
  @Operation(
      summary = "Rappeler maintenant",
      description =
          "Le délai avant le prochain essai est levé ; un rappel en échec repart pour une série"
              + " d'essais. L'appel part dès qu'un conseiller est libre, pendant les heures"
              + " d'ouverture.")
  CallbackView trigger(@PathVariable String caseNumber, Authentication who) {
    commands.trigger(caseNumber, who.getName());
    return details(caseNumber);
  }

  @PostMapping("/{caseNumber}/cancel")
  @Operation(summary = "Annuler un rappel, en disant pourquoi")
  CallbackView cancel(
      @PathVariable String caseNumber,
      @RequestBody @Valid CancelRequest request,
      Authentication who) {
    commands.cancel(caseNumber, who.getName(), request.reason());
    return details(caseNumber);
  }

  private CallbackView view(fr.cci.hotline.routing.callback.Callback callback) {
    return CallbackView.of(callback, settings.callbacks().maxAttempts(), labels);
  }

  private CallbackView details(String caseNumber) {
    return CallbackView.of(
        commands.find(caseNumber),
        settings.callbacks().maxAttempts(),
        labels,
        new CallbackView.History(callbacks.attempts(caseNumber), commands.history(caseNumber)));
  }

  private static Set<CallbackState> states(List<String> asked) {
    if (asked == null || asked.isEmpty()) {
      return TO_FOLLOW_UP;
    }
    Set<CallbackState> states = EnumSet.noneOf(CallbackState.class);
    for (String each : asked) {
      for (String name : each.split(",")) {
        try {
          states.add(CallbackState.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
          throw CallbackRefused.invalid(
              "state",
              "callbacks.invalid.state",
              name.strip(),
              Arrays.stream(CallbackState.values())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
        }
      }
    }
    return states;
  }
}
