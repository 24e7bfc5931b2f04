package cairn;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps the pipeline one-way: a package imports only packages to its left, and each library stays in its place. */
class ArchitectureTest {

    private static final List<String> ORDER = List.of("content", "markdown", "site", "render", "html", "check", "cache",
            "pipeline", "serve", "scaffold", "cli");
    private static final Map<String, String> LIBRARY_HOME = Map.of(
            "com.vladsch.flexmark", "markdown", "io.pebbletemplates", "render", "picocli", "cli");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)");
    private static final Path MAIN = Path.of("src/main/java/cairn");

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
                if (ORDER.contains(target) && ORDER.indexOf(target) > ORDER.indexOf(pkg)) {
                    violations.add(file + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void librariesAreUsedOnlyInTheirPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String text = Files.readString(file);
            LIBRARY_HOME.forEach((library, home) -> {
                if (text.contains(library + ".") && !packageOf(file).equals(home)) {
                    violations.add(file + " uses " + library);
                }
            });
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageHasPackageInfoAndNoUtilityClassNames() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                assertTrue(Files.exists(dir.resolve("package-info.java")), dir + " lacks package-info.java");
            }
        }
        for (Path file : sources()) {
            String name = file.getFileName().toString();
            assertTrue(!name.matches(".*(Util|Utils|Helper|Manager)\\.java"), name);
        }
    }

    private static String packageOf(Path file) {
        Path rel = MAIN.relativize(file);
        return rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
