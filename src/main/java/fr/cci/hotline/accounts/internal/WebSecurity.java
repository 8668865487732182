package fr.cci.hotline.accounts.internal;

import fr.cci.hotline.accounts.Role;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what: a sign-in form for the pages; for {@code /api/**}, HTTP Basic (scripts and
 * integrations) or the session of the pages (the API documentation and its "Try it out"); the
 * management endpoints (health, prometheus) open on their own port, which is bound to the loopback
 * interface by default. A user whose password an administrator set is kept on the password page
 * until they choose their own ({@link PasswordChange}); « Mon poste » is for advisors.
 */
@Configuration
@EnableMethodSecurity
class WebSecurity {

  private static final String REALM = "Hotline";

  private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

  /**
   * A request that brings its own credentials. A browser never adds an Authorization header to a
   * request that another site makes it send, so such a request needs no CSRF token.
   */
  private static final RequestMatcher WITH_CREDENTIALS =
      request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null;

  /** swagger-ui and the OpenAPI description, at the paths set under {@code springdoc.*}. */
  private static final String[] DOCUMENTATION = {
    "/api/docs", "/api/openapi", "/api/openapi.yaml", "/api/openapi/**", "/api/swagger-ui/**"
  };

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain managementEndpoints(HttpSecurity http) throws Exception {
    // Whole /actuator tree, so that unexposed endpoints answer 404 rather than a login redirect.
    return http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .build();
  }

  /** API calls with HTTP Basic: stateless, no CSRF token, no cookie. */
  @Bean
  @Order(2)
  SecurityFilterChain apiWithCredentials(HttpSecurity http) throws Exception {
    return http.securityMatcher(new AndRequestMatcher(API, WITH_CREDENTIALS))
        .authorizeHttpRequests(WebSecurity::apiRules)
        .httpBasic(basic -> basic.realmName(REALM))
        .addFilterAfter(new PasswordChange(), AnonymousAuthenticationFilter.class)
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /**
   * API calls without credentials: those of a page signed in with the form (swagger-ui) carry its
   * session, which is read but never created here; the others are asked for HTTP Basic. Writes need
   * the CSRF token, which this chain keeps in the {@code XSRF-TOKEN} cookie where swagger-ui reads
   * it ({@code springdoc.swagger-ui.csrf.enabled}) to send it back in {@code X-XSRF-TOKEN}.
   */
  @Bean
  @Order(3)
  SecurityFilterChain apiWithSession(HttpSecurity http) throws Exception {
    return http.securityMatcher(API)
        .authorizeHttpRequests(WebSecurity::apiRules)
        .httpBasic(basic -> basic.realmName(REALM))
        .addFilterAfter(new PasswordChange(), AnonymousAuthenticationFilter.class)
        .csrf(csrf -> csrf.spa())
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            requests ->
                requests
                    // The end of a server-sent event stream is an async dispatch of a request
                    // already authorised.
                    .dispatcherTypeMatchers(DispatcherType.ASYNC)
                    .permitAll()
                    .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error")
                    .permitAll()
                    .requestMatchers("/poste", "/poste/**")
                    .hasRole(Role.ADVISOR.name())
                    .requestMatchers("/callbacks", "/callbacks/**")
                    .hasAnyRole(Role.ADVISOR.name(), Role.SUPERVISOR.name())
                    .anyRequest()
                    .authenticated())
        .addFilterAfter(new PasswordChange(), AnonymousAuthenticationFilter.class)
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .build();
  }

  /**
   * The documentation describes every operation, the administrators' too: supervisors and
   * administrators read it. Each operation checks its own role.
   */
  private static void apiRules(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          requests) {
    requests
        .requestMatchers(DOCUMENTATION)
        .hasAnyRole(Role.SUPERVISOR.name(), Role.ADMIN.name())
        .anyRequest()
        .authenticated();
  }
}
