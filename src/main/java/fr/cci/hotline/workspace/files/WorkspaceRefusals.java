package fr.cci.hotline.workspace.files;

import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A case one may not see, or that does not exist, as a French page; never a stack trace. */
@ControllerAdvice(assignableTypes = {CasePage.class, CaseListPage.class})
class WorkspaceRefusals {

  @ExceptionHandler
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String denied(AccessDeniedException denied, Model model) {
    return problem(model, "workspace.refused");
  }

  @ExceptionHandler
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String missing(NoSuchElementException missing, Model model) {
    return problem(model, "workspace.missing");
  }

  private static String problem(Model model, String messageKey) {
    model.addAttribute("problem", messageKey);
    return "workspace/problem";
  }
}
