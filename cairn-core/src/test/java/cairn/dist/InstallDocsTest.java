package cairn.dist;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every way in is written down where users look: README's "Install" table has a row per
 * way with a one-line example, and the guide's page "Installing cairn" (cairn's own manual)
 * shows each, not only the build from source.
 */
class InstallDocsTest {

    /** Each way in (README's first column) and what its example must run. */
    private static final Map<String, String> WAYS_IN = new LinkedHashMap<>();

    static {
        WAYS_IN.put("release `.tar.gz`", "tar -xzf cairn-");
        WAYS_IN.put("`.deb`", "dpkg -i cairn_");
        WAYS_IN.put("portable `.zip`", "\\bin\\cairn.cmd build");
        WAYS_IN.put("JBang", "jbang cairn@cairn-ssg/cairn build");
        WAYS_IN.put("GitHub Action", "uses: cairn-ssg/cairn@");
        WAYS_IN.put("from source", "mvn -B -q package -DskipTests");
        WAYS_IN.put("Maven plugin", "mvn cairn:build");
    }

    private static final Path GUIDE_PAGE = Path.of("content/pages/01-getting-started/03-installing-cairn.md");

    @Test
    void readmesInstallTableHasARowPerWayInEachWithAOneLineExample() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : section(Files.readString(Path.of("README.md")), "## Install").lines().toList()) {
            List<String> cells = List.of(line.split("\\|", -1));
            if (line.startsWith("| ") && cells.size() == 5 && !cells.get(1).isBlank() && !line.startsWith("| way in")) {
                rows.put(cells.get(1).strip(), cells.get(3).strip());
            }
        }
        assertEquals(List.copyOf(WAYS_IN.keySet()), List.copyOf(rows.keySet()));
        WAYS_IN.forEach((way, command) -> {
            Matcher code = Pattern.compile("`([^`]+)`").matcher(rows.get(way));
            assertTrue(code.find(), way + ": no example in code: " + rows.get(way));
            assertTrue(rows.get(way).contains(command), way + ": the example runs \"" + command + "\": " + rows.get(way));
        });
    }

    @Test
    void theGuidesInstallingPageShowsEveryWayIn() throws IOException {
        String page = Files.readString(GUIDE_PAGE);
        for (String shown : List.of("tar -xzf cairn-", "dpkg -i cairn_", "\\bin\\cairn.cmd build", "jbang cairn@cairn-ssg/cairn build",
                "uses: cairn-ssg/cairn@", "mvn -B -q package -DskipTests", "<artifactId>cairn-maven-plugin</artifactId>",
                "mvn cairn:build")) {
            assertTrue(page.contains(shown), GUIDE_PAGE + " does not show " + shown);
        }
    }

    @Test
    void theExamplesNameTheFilesTheDistBuildMakes() throws IOException {
        String dist = Files.readString(Path.of("scripts/dist.sh"));
        for (String made : List.of("\nname=cairn-$version-linux-x64\n", "\"$dist/$name.tar.gz\"", "\nportable=cairn-$version\n",
                "\"../$portable.zip\"", "\"$dist/cairn_${debversion}_amd64.deb\"")) {
            assertTrue(dist.contains(made), "scripts/dist.sh no longer names its files this way: " + made);
        }
        Pattern names = Pattern.compile("cairn-\\d+\\.\\d+\\.\\d+-linux-x64\\.tar\\.gz|cairn_\\d+\\.\\d+\\.\\d+_amd64\\.deb"
                + "|cairn-\\d+\\.\\d+\\.\\d+\\.zip");
        for (Path doc : List.of(Path.of("README.md"), GUIDE_PAGE)) {
            String text = Files.readString(doc);
            Matcher m = Pattern.compile("cairn[-_][0-9][^ `\"]*?\\.(tar\\.gz|deb|zip)").matcher(text);
            int found = 0;
            while (m.find()) {
                assertTrue(names.matcher(m.group()).matches(), doc + ": " + m.group() + " is not a file the dist build makes");
                found++;
            }
            assertTrue(found >= 3, doc + " names the .tar.gz, the .deb and the .zip");
        }
    }

    /** The text of a Markdown section, from its heading to the next heading of that level. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "no " + heading);
        int end = markdown.indexOf("\n## ", start + heading.length() + 1);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }
}
