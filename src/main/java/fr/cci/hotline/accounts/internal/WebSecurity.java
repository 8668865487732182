package fr.cci.hotline.accounts.internal;

import fr.cci.hotline.accounts.AccountsSettings;
import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.support.ApiProblems;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
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

  private final Duration lockout;
  private final PasswordEncoder passwords = new BCryptPasswordEncoder();

  /**
   * The one way to sign in, with the form or HTTP Basic, given to every chain: the password checked
   * against the stored accounts, behind the throttle.
   */
  private final AuthenticationManager signIn;

  WebSecurity(AccountsSettings settings, StoredUserDetails users, SignInThrottle throttle) {
    this.lockout = settings.lockout();
    DaoAuthenticationProvider checks = new DaoAuthenticationProvider(users);
    checks.setPasswordEncoder(passwords);
    this.signIn = new ProviderManager(new ThrottledSignIn(checks, throttle));
  }

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

  /**
   * The pages' policy: scripts, styles, images and connections (server-sent events) from the
   * service itself only, so no inline script or style, nor anything injected into a page, runs; no
   * plug-ins; forms post to the service only; no page shows inside another site's frame.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /**
   * swagger-ui only: its bundle adds a {@code <style>} element as it draws the page, which {@code
   * style-src 'self'} blocks and leaves the documentation unstyled. A style cannot run code,
   * scripts stay {@code 'self'}, and the page is only for supervisors and administrators: so styles
   * alone are relaxed, and only under {@code /api/swagger-ui/}.
   */
  static final String SWAGGER_UI_POLICY =
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  private static final RequestMatcher SWAGGER_UI =
      PathPatternRequestMatcher.pathPattern("/api/swagger-ui/**");

  @Bean
  PasswordEncoder passwordEncoder() {
    return passwords;
  }

  @Bean
  @Order(1)
  SecurityFilterChain managementEndpoints(HttpSecurity http) throws Exception {
    // Whole /actuator tree, so that unexposed endpoints answer 404 rather than a login redirect.
    return http.securityMatcher("/actuator/**")
        .headers(WebSecurity::headers)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .build();
  }

  /** API calls with HTTP Basic: stateless, no CSRF token, no cookie. */
  @Bean
  @Order(2)
  SecurityFilterChain apiWithCredentials(HttpSecurity http, ApiProblems problems) throws Exception {
    return http.securityMatcher(new AndRequestMatcher(API, WITH_CREDENTIALS))
        .authenticationManager(signIn)
        .headers(WebSecurity::headers)
        .authorizeHttpRequests(WebSecurity::apiRules)
        .httpBasic(basic -> basic.authenticationEntryPoint(basicOrLocked(problems)))
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
  SecurityFilterChain apiWithSession(HttpSecurity http, ApiProblems problems) throws Exception {
    return http.securityMatcher(API)
        .authenticationManager(signIn)
        .headers(WebSecurity::headers)
        .authorizeHttpRequests(WebSecurity::apiRules)
        .httpBasic(basic -> basic.authenticationEntryPoint(basicOrLocked(problems)))
        .addFilterAfter(new PasswordChange(), AnonymousAuthenticationFilter.class)
        .csrf(csrf -> csrf.spa())
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    ExceptionMappingAuthenticationFailureHandler failures =
        new ExceptionMappingAuthenticationFailureHandler();
    failures.setDefaultFailureUrl("/login?error");
    // The same words for a known and an unknown username: a lock reveals nobody.
    failures.setExceptionMappings(Map.of(ThrottledSignIn.Locked.class.getName(), "/login?locked"));
    return http.headers(WebSecurity::headers)
        .authenticationManager(signIn)
        .authorizeHttpRequests(
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
        .formLogin(
            form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failures))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .build();
  }

  /**
   * The same headers on every answer: the content security policy, no framing (also for browsers
   * that only know {@code X-Frame-Options}), no content-type sniffing (Spring Security's default),
   * and no address of a page sent to another site.
   */
  private static void headers(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .addHeaderWriter(policy(SWAGGER_UI, SWAGGER_UI_POLICY))
        .addHeaderWriter(policy(new NegatedRequestMatcher(SWAGGER_UI), CONTENT_SECURITY_POLICY))
        .frameOptions(frames -> frames.deny())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
  }

  private static HeaderWriter policy(RequestMatcher where, String policy) {
    return new DelegatingRequestMatcherHeaderWriter(
        where, new StaticHeadersWriter("Content-Security-Policy", policy));
  }

  /**
   * HTTP Basic's challenge (401, realm {@code Hotline}), except for a locked username or address: a
   * 429 problem in French with {@code Retry-After}, the same for a user who exists and one who does
   * not.
   */
  private AuthenticationEntryPoint basicOrLocked(ApiProblems problems) {
    BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    basic.setRealmName(REALM);
    return (request, response, failure) -> {
      if (failure instanceof ThrottledSignIn.Locked) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(lockout.toSeconds()));
        problems.write(
            response,
            problems.problem(
                HttpStatus.TOO_MANY_REQUESTS,
                problems.text("api.problem.locked", Math.max(1, lockout.toMinutes()))));
      } else {
        basic.commence(request, response, failure);
      }
    };
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
