package fr.cci.hotline.accounts.internal;

import fr.cci.hotline.accounts.AccountsSettings;
import fr.cci.hotline.accounts.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the landing page that leads to each role's screens. */
@Controller
class HomeController {

  private final long lockoutMinutes;

  HomeController(AccountsSettings settings) {
    this.lockoutMinutes = Math.max(1, settings.lockout().toMinutes());
  }

  /** The sign-in form; after a lock, it says for how long (the same for every username). */
  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("lockoutMinutes", lockoutMinutes);
    return "login";
  }

  /** Advisors land on their workspace, « Mon poste »; the others on the list of their screens. */
  @GetMapping("/")
  String home(Authentication who) {
    boolean advisor =
        who.getAuthorities().stream()
            .anyMatch(authority -> authority.getAuthority().equals(Role.ADVISOR.authority()));
    return advisor ? "redirect:/poste" : "home";
  }
}
