package fr.cci.hotline.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a user chooses their own password: required after an administrator set one. */
@Controller
class PasswordPage {

  private final AccountPasswords passwords;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  PasswordPage(AccountPasswords passwords) {
    this.passwords = passwords;
  }

  @GetMapping(PasswordChange.PAGE)
  String page(Authentication who, Model model) {
    model.addAttribute("required", required(who));
    model.addAttribute("errors", Map.of());
    return "accounts/password";
  }

  @PostMapping(PasswordChange.PAGE)
  String change(
      @RequestParam(required = false) String current,
      @RequestParam(required = false) String chosen,
      @RequestParam(required = false) String confirmed,
      Authentication who,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    Map<String, String> errors = passwords.change(who.getName(), current, chosen, confirmed);
    if (!errors.isEmpty()) {
      model.addAttribute("required", required(who));
      model.addAttribute("errors", errors);
      return "accounts/password";
    }
    // The session goes on without the mark that kept it on this page.
    UserAccount account = passwords.account(who.getName());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            who.getPrincipal(), null, StoredUserDetails.authorities(account)));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    redirect.addFlashAttribute("notice", "accounts.password.changed");
    return "redirect:/";
  }

  private static boolean required(Authentication who) {
    return who.getAuthorities().stream()
        .anyMatch(authority -> authority.getAuthority().equals(PasswordChange.REQUIRED));
  }
}
