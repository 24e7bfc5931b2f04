package cairn;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps the pipeline one-way: a package imports only packages to its left, and each library stays in its place. */
class ArchitectureTest {

    private static final List<String> ORDER = List.of("content", "markdown", "site", "render", "html", "check", "cache",
            "pipeline", "serve", "scaffold", "cli", "maven");
    /** Each library and the only packages that may use it. */
    private static final Map<String, Set<String>> LIBRARY_HOMES = Map.of(
            "com.vladsch.flexmark", Set.of("markdown"),
            "org.jsoup", Set.of("markdown", "render", "html", "check"),
            "io.pebbletemplates", Set.of("render"),
            "org.yaml.snakeyaml", Set.of("content", "check"), // check reads its JSON link cache with it
            "picocli", Set.of("cli"),
            "org.apache.maven", Set.of("maven"));
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)");
    /** A cairn package named in code or comments outside import lines: {@code cairn.check.CheckReport}. */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])cairn\\.([a-z]\\w*)\\.[A-Za-z]");
    private static final Path MAIN = Path.of("cairn-core/src/main/java/cairn");
    /** The Maven plugin's sources: package {@code maven}, right of {@code cli}, held to the same rules. */
    private static final Path PLUGIN = Path.of("cairn-maven-plugin/src/main/java/cairn");
    private static final Path TESTS = Path.of("cairn-core/src/test/java/cairn");
    private static final Path ARCHITECTURE_PAGE = Path.of("docs/architecture.md");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|record|interface|enum) ([A-Z]\\w*)");
    /**
     * A class named in code spans of a doc: {@code `SiteRenderer`}, {@code `site.AssemblyMemo`},
     * {@code `cairn.pipeline.Pipeline`}, {@code `LiveSite.warmUp`}, {@code `MarkdownStore.codeVersion()`}
     * (not {@code `README.md`}: all capitals).
     */
    private static final Pattern NAMED_IN_DOCS =
            Pattern.compile("`(?:(?:[a-z]+\\.)*([a-z]+)\\.)?([A-Z][a-z]\\w*)(?:\\.([A-Za-z]\\w*)(?:\\(\\))?)?`");

    @Test
    void packagesImportOnlyPackagesToTheirLeft() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String imported = m.group(1);
                if (!imported.startsWith("cairn.")) {
                    continue;
                }
                String target = imported.split("\\.")[1];
                if (isRightOf(target, pkg)) {
                    violations.add(file + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noPackageNamesAPackageToItsRightByItsFullName() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            String text = Files.readString(file).replaceAll("(?m)^(import|package) .*$", "");
            Matcher m = QUALIFIED.matcher(text);
            while (m.find()) {
                if (isRightOf(m.group(1), pkg)) {
                    violations.add(file + " names cairn." + m.group(1) + " at offset " + m.start());
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theCheckCatchesAFullyQualifiedNameToTheRight() {
        Matcher m = QUALIFIED.matcher("return new cairn.check.RenderedSite(files); // not mycairn.x.Y");
        assertTrue(m.find());
        assertEquals("check", m.group(1));
        assertTrue(isRightOf("pipeline", m.group(1)), "in check, naming pipeline would be a violation");
        assertFalse(isRightOf(m.group(1), "pipeline"), "in pipeline, naming check is allowed");
        assertFalse(m.find(), "a name that only ends in cairn is not a cairn package");
    }

    @Test
    void librariesAreUsedOnlyInTheirPackages() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String text = Files.readString(file);
            LIBRARY_HOMES.forEach((library, homes) -> {
                if (text.contains(library + ".") && !homes.contains(packageOf(file))) {
                    violations.add(file + " uses " + library);
                }
            });
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageHasPackageInfoAndNoUtilityClassNames() throws IOException {
        try (Stream<Path> dirs = Stream.concat(Files.walk(MAIN), Files.walk(PLUGIN).skip(1))) { // cairn/ is core's
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                assertTrue(Files.exists(dir.resolve("package-info.java")), dir + " lacks package-info.java");
            }
        }
        for (Path file : sources()) {
            String name = file.getFileName().toString();
            assertTrue(!name.matches(".*(Util|Utils|Helper|Manager)\\.java"), name);
        }
    }

    @Test
    void theArchitecturePageListsThePackagesInTheOrderThisTestEnforces() throws IOException {
        Matcher m = Pattern.compile("(?m)^\\| `cairn\\.(\\w+)` \\|").matcher(Files.readString(ARCHITECTURE_PAGE));
        List<String> listed = new ArrayList<>();
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertEquals(ORDER, listed, ARCHITECTURE_PAGE + "'s table of packages");
    }

    @Test
    void everyClassTheArchitecturePageNamesExists() throws IOException {
        Map<String, String> types = new java.util.HashMap<>(); // simple name -> the text of a file declaring it
        Map<String, Path> files = new java.util.HashMap<>(); // package.Name of each top-level file
        try (Stream<Path> walk = Stream.of(MAIN, PLUGIN, TESTS).flatMap(ArchitectureTest::walk)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher d = DECLARED.matcher(text);
                while (d.find()) {
                    types.merge(d.group(1), text, String::concat);
                }
                String name = file.getFileName().toString().replace(".java", "");
                files.put(file.getParent().getFileName() + "." + name, file);
            }
        }
        List<String> missing = new ArrayList<>();
        Matcher m = NAMED_IN_DOCS.matcher(Files.readString(ARCHITECTURE_PAGE));
        while (m.find()) {
            String pkg = m.group(1);
            String type = m.group(2);
            String member = m.group(3);
            if (!types.containsKey(type) || (pkg != null && !files.containsKey(pkg + "." + type))
                    || (member != null && !declares(types.get(type), member))) {
                missing.add(m.group());
            }
        }
        assertEquals(List.of(), missing, "names in " + ARCHITECTURE_PAGE + " that the sources do not have");
    }

    /** Whether {@code text} declares a method, field or record component {@code member} (not only calls it). */
    private static boolean declares(String text, String member) {
        Matcher m = Pattern.compile("(\\w+|[>\\]])\\s+" + member + "\\s*[(=;,)]").matcher(text);
        while (m.find()) {
            if (!Set.of("return", "new", "throw", "else", "case").contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether {@code target} comes after {@code pkg} in the pipeline order (the root package comes first). */
    private static boolean isRightOf(String target, String pkg) {
        return ORDER.contains(target) && ORDER.indexOf(target) > ORDER.indexOf(pkg);
    }

    private static String packageOf(Path file) {
        Path rel = (file.startsWith(PLUGIN) ? PLUGIN : MAIN).relativize(file);
        return rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Stream.concat(Files.walk(MAIN), Files.walk(PLUGIN))) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".java")).toList();
            assertTrue(files.stream().anyMatch(f -> f.startsWith(PLUGIN)), "the plugin's sources are read");
            return files;
        }
    }
}
