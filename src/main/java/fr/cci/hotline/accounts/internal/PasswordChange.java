package fr.cci.hotline.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user whose password was set by an administrator on the password page until they have
 * chosen their own: pages lead there, the API answers 403.
 */
class PasswordChange extends OncePerRequestFilter {

  /** The authority that marks such a user for the length of their session. */
  static final String REQUIRED = "PASSWORD_CHANGE_REQUIRED";

  static final String PAGE = "/compte/mot-de-passe";

  private static final Set<String> ALLOWED = Set.of(PAGE, "/logout", "/login", "/error");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean required =
        who != null
            && who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(REQUIRED));
    if (!required || ALLOWED.contains(path) || path.startsWith("/css/")) {
      chain.doFilter(request, response);
    } else if (path.startsWith("/api/")) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } else {
      response.sendRedirect(request.getContextPath() + PAGE);
    }
  }
}
