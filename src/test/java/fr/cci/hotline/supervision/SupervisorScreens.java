package fr.cci.hotline.supervision;

import fr.cci.hotline.accounts.Role;
import fr.cci.hotline.testing.Browser;
import fr.cci.hotline.testing.TestAccounts;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The supervisors' pages as a signed-in user reads them over a real socket: an account per role,
 * and the cells of a row of our own tables, found by the row's id.
 */
final class SupervisorScreens {

  static final String PASSWORD = "supervisor-password";
  private static final AtomicInteger sequence = new AtomicInteger();

  private final int port;
  private final TestAccounts accounts;

  SupervisorScreens(int port, DataSource dataSource, PasswordEncoder passwords) {
    this.port = port;
    this.accounts = new TestAccounts(dataSource, passwords);
  }

  /** A fresh account with this role, signed in with the form. */
  Browser signedIn(Role role) {
    String username = user(role);
    Browser browser = new Browser(port);
    browser.signIn(username, PASSWORD);
    return browser;
  }

  String user(Role role) {
    String username = role.name().toLowerCase() + "-" + sequence.incrementAndGet();
    accounts.create(username, PASSWORD, role);
    return username;
  }

  static String page(Browser browser, String path) {
    HttpResponse<String> page = browser.get(path);
    if (page.statusCode() != 200) {
      throw new AssertionError(path + " answered " + page.statusCode() + ": " + page.body());
    }
    return page.body();
  }

  /** The texts of the cells ({@code th} and {@code td}) of the row with this id. */
  static List<String> row(String html, String id) {
    Matcher row =
        Pattern.compile("<tr[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
            .matcher(html);
    if (!row.find()) {
      throw new AssertionError("no row " + id + " in the page");
    }
    List<String> cells = new ArrayList<>();
    Matcher cell =
        Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
    while (cell.find()) {
      cells.add(readable(cell.group(1).replaceAll("<[^>]+>", "")));
    }
    return cells;
  }

  /** The text of the element with this id. */
  static String text(String html, String id) {
    Matcher element =
        Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</", Pattern.DOTALL)
            .matcher(html);
    if (!element.find()) {
      throw new AssertionError("no element " + id + " in the page");
    }
    return readable(element.group(1));
  }

  /** Text as a reader sees it: entities decoded, non-breaking spaces as spaces. */
  private static String readable(String html) {
    return html.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replace('\u00a0', ' ')
        .strip();
  }
}
