package fr.cci.hotline.accounts.internal;

import fr.cci.hotline.support.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators give an account a first password (an advisor's account has none until then); its
 * owner must choose their own at the next sign-in.
 */
@RestController
@Tag(name = "Comptes", description = "Mot de passe initial des comptes (administrateurs)")
class AccountsApi {

  /** The password to set. */
  record PasswordRequest(String password) {}

  private final AccountPasswords passwords;
  private final ApiProblems problems;

  AccountsApi(AccountPasswords passwords, ApiProblems problems) {
    this.passwords = passwords;
    this.problems = problems;
  }

  @PutMapping("/api/accounts/{username}/password")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(
      summary = "Donner un mot de passe provisoire (12 caractères au moins)",
      description = "Le titulaire devra en choisir un autre à sa prochaine connexion.")
  ResponseEntity<?> setPassword(
      @PathVariable String username, @RequestBody PasswordRequest request) {
    Map<String, String> errors;
    try {
      errors = passwords.setByAdministrator(username, request.password());
    } catch (NoSuchElementException unknown) {
      return problem(HttpStatus.NOT_FOUND, null, "accounts.unknown");
    }
    if (!errors.isEmpty()) {
      Map.Entry<String, String> error = errors.entrySet().iterator().next();
      return problem(HttpStatus.BAD_REQUEST, error.getKey(), error.getValue());
    }
    return ResponseEntity.noContent().build();
  }

  private ResponseEntity<ProblemDetail> problem(HttpStatus status, String field, String key) {
    return ApiProblems.respond(problems.refusal(status, field, problems.text(key)));
  }
}
