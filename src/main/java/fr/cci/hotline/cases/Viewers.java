package fr.cci.hotline.cases;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.advisors.Advisor;
import fr.cci.hotline.advisors.AdvisorDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Makes the {@link Viewer} of a web request: the signed-in user, their advisor, their address. */
@Component
public class Viewers {

  private final AdvisorDirectory advisors;

  Viewers(AdvisorDirectory advisors) {
    this.advisors = advisors;
  }

  public Viewer of(Authentication who, HttpServletRequest request) {
    Set<String> authorities =
        who.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .collect(Collectors.toSet());
    Set<Role> roles =
        Arrays.stream(Role.values())
            .filter(role -> authorities.contains(role.authority()))
            .collect(Collectors.toSet());
    Optional<Advisor> advisor =
        roles.contains(Role.ADVISOR) ? advisors.findByUsername(who.getName()) : Optional.empty();
    return new Viewer(
        who.getName(),
        roles,
        advisor.map(Advisor::id).orElse(null),
        advisor.map(Advisor::chamber).orElse(null),
        request.getRemoteAddr());
  }
}
