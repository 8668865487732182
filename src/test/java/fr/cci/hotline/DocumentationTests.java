package fr.cci.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whoever clones the repository finds everything its READMEs refer to in it: every file they name
 * (by its path in the repository, or beside the README), every class, and the package tree the
 * README draws is the code's, each package with its purpose.
 */
class DocumentationTests {

  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Path CODE = ROOT.resolve("src/main/java/fr/cci/hotline");

  /** A name in backquotes, or the target of a Markdown link. */
  private static final Pattern NAMED = Pattern.compile("`([^`\\n]+)`|\\]\\(([^)\\s]+)\\)");

  private static final Pattern FILE_NAME =
      Pattern.compile(
          "[\\w.-]+\\.(conf|txt|log|yml|yaml|properties|sql|sh|wav|md|java|xml|jsonl|json)");

  /** {@code telephony.CallVariable}: a class, from the application's package. */
  private static final Pattern CLASS = Pattern.compile("([a-z]+\\.)+[A-Z]\\w*");

  private static final Pattern TEST_CLASS = Pattern.compile("[A-Z]\\w*Tests");

  /** What is not a file of the repository: commands, placeholders, URLs, system paths. */
  private static final Pattern NOT_A_PATH = Pattern.compile("[\\s<>*…{}$=(),;|]|://|^/|^#");

  private static final Set<String> NOT_IN_GIT = Set.of("target", "data", ".git", ".idea");

  static Stream<Path> readmes() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(file -> file.getFileName().toString().equals("README.md"))
          .filter(file -> !NOT_IN_GIT.contains(ROOT.relativize(file).getName(0).toString()))
          .map(ROOT::relativize)
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readmes")
  void everyFileAndClassAReadmeNamesIsInTheRepository(Path readme) throws IOException {
    List<String> missing = new ArrayList<>();
    Matcher named = NAMED.matcher(Files.readString(readme));
    while (named.find()) {
      boolean link = named.group(2) != null;
      String name = link ? named.group(2).replaceFirst("#.*", "") : named.group(1);
      if (!name.isEmpty() && !exists(readme, name, link)) {
        missing.add(name);
      }
    }
    assertThat(missing).as("names in %s that the repository does not hold", readme).isEmpty();
  }

  @Test
  void theReadmesPackageTreeIsTheCodesWithAPurposeForEachPackage() throws IOException {
    Map<String, String> drawn = packageTree(Files.readString(ROOT.resolve("README.md")));
    Set<String> coded = new TreeSet<>();
    try (Stream<Path> files = Files.walk(CODE)) {
      files
          .filter(file -> file.toString().endsWith(".java"))
          .map(file -> ROOT.resolve("src/main/java").relativize(file.getParent()))
          .map(folder -> folder.toString().replace('/', '.'))
          .forEach(coded::add);
    }

    assertThat(new TreeSet<>(drawn.keySet())).isEqualTo(coded);
    assertThat(drawn).allSatisfy((name, purpose) -> assertThat(purpose).as(name).isNotBlank());
    assertThat(coded.stream().filter(name -> !name.equals("fr.cci.hotline")))
        .allSatisfy(
            name ->
                assertThat(ROOT.resolve("src/main/java/" + name.replace('.', '/')))
                    .as("purpose of %s", name)
                    .isDirectoryContaining("glob:**/package-info.java"));
  }

  private static boolean exists(Path readme, String name, boolean link) {
    Path folder = readme.getParent() == null ? ROOT : ROOT.resolve(readme.getParent());
    if (link) {
      return name.contains("://") || Files.exists(folder.resolve(name));
    }
    if (name.startsWith("classpath:")) {
      String resource = name.substring("classpath:".length());
      return Files.exists(ROOT.resolve("src/main/resources").resolve(resource))
          || Files.exists(ROOT.resolve("src/test/resources").resolve(resource));
    }
    if (CLASS.matcher(name).matches()) {
      String file = name.replace('.', '/') + ".java";
      return Files.exists(CODE.resolve(file))
          || Files.exists(ROOT.resolve("src/test/java/fr/cci/hotline").resolve(file));
    }
    if (TEST_CLASS.matcher(name).matches()) {
      return testClassExists(name);
    }
    if (NOT_A_PATH.matcher(name).find()) {
      return true;
    }
    String path = name.startsWith("./") ? name.substring(2) : name;
    String first = path.split("/")[0];
    if (path.startsWith("../")) {
      Path resolved = folder.resolve(path).normalize();
      return !resolved.startsWith(ROOT) || Files.exists(resolved); // outside: a system path
    }
    if (NOT_IN_GIT.contains(first)) {
      return true; // written by a build or a run: whether it exists yet depends on what ran before
    }
    if (!first.isEmpty() && Files.exists(ROOT.resolve(first))) {
      return Files.exists(ROOT.resolve(path));
    }
    if (path.contains("/")
        ? Files.exists(folder.resolve(first))
        : FILE_NAME.matcher(path).matches()) {
      return Files.exists(folder.resolve(path));
    }
    return true; // not a path of ours: a dial string, a sound name, a URL path
  }

  private static boolean testClassExists(String name) {
    try (Stream<Path> files = Files.walk(ROOT.resolve("src/test/java"))) {
      return files.anyMatch(file -> file.getFileName().toString().equals(name + ".java"));
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /** The fenced block that starts with {@code fr.cci.hotline}: package name → purpose. */
  private static Map<String, String> packageTree(String readme) {
    Matcher block =
        Pattern.compile("```text\\n(fr\\.cci\\.hotline .*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("a package tree in README.md").isTrue();
    Map<String, String> packages = new LinkedHashMap<>();
    Deque<String> path = new java.util.ArrayDeque<>();
    Pattern line = Pattern.compile("^([│├└─ ]*)(\\S+)\\s+(.*)$");
    for (String text : block.group(1).split("\\n")) {
      Matcher entry = line.matcher(text);
      assertThat(entry.matches()).as("tree line '%s'", text).isTrue();
      int depth = entry.group(1).length() / 4;
      while (path.size() > depth) {
        path.removeLast();
      }
      path.addLast(entry.group(2));
      packages.put(String.join(".", path), entry.group(3).strip());
    }
    return packages;
  }
}
