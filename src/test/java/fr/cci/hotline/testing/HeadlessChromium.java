package fr.cci.hotline.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its own chromedriver, headless and offline: nothing is downloaded and
 * no background connection is attempted. Each instance has a fresh profile directory. Tests that
 * use it are marked {@link NeedsChromium}.
 */
public final class HeadlessChromium implements AutoCloseable {

  /** Where Debian's {@code chromium} and {@code chromium-driver} packages put them. */
  static final Path BROWSER = Path.of("/usr/bin/chromium");

  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver browser;

  public HeadlessChromium(Path profile) {
    ChromeDriverService driver =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toString());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--lang=fr-FR",
        "--user-data-dir=" + profile.toAbsolutePath());
    // The console, where Chromium reports what the content security policy blocked.
    LoggingPreferences console = new LoggingPreferences();
    console.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, console);
    browser = new ChromeDriver(driver, options);
    browser.manage().window().setSize(new Dimension(1100, 700));
  }

  public WebDriver browser() {
    return browser;
  }

  /**
   * Waits until the page's {@code main} element shows the text. Pages are replaced on submit: an
   * element read during the switch is stale, which Chromium reports either as a stale element or as
   * a node that "does not belong to the document".
   */
  public void waitForText(String text) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(WebDriverException.class)
        .until(page -> page.findElement(By.tagName("main")).getText().contains(text));
  }

  /**
   * What the content security policy blocked since the last call (an inline script or style, a
   * source of another origin), as Chromium's console reports it.
   */
  public List<String> policyViolations() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
  }

  /** Saves what the browser shows, for a human to look at. */
  public void screenshot(Path file) {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  @Override
  public void close() {
    browser.quit();
  }
}
