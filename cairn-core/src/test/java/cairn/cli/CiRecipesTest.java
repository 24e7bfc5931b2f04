package cairn.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The CI recipes in docs/ci/ are valid YAML, every {@code cairn …} command line they run
 * parses with cairn's own command line, they install the release archive that
 * scripts/dist.sh makes, and they keep the link-check cache between runs.
 */
class CiRecipesTest {

    private static final Path GITHUB = Path.of("docs/ci/github-actions.yml");
    private static final Path GITLAB = Path.of("docs/ci/gitlab-ci.yml");

    @TestFactory
    Stream<DynamicTest> everyCairnCommandLineParses() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path recipe : List.of(GITHUB, GITLAB)) {
            shellLines(recipe).stream().filter(l -> l.startsWith("cairn ")).forEach(lines::add);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("cairn build")), lines.toString());
        return lines.stream().map(line -> DynamicTest.dynamicTest(line, () -> {
            List<String> words = ShellWords.split(asTheCiRunsIt(line));
            String command = words.get(1);
            CommandLine cli = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            assertTrue(cli.getSubcommands().containsKey(command), "no command cairn " + command);
            cli.parseArgs(words.subList(1, words.size()).toArray(String[]::new));
        }));
    }

    /**
     * {@code line} with what the CI puts in its place before the shell runs it: GitHub's
     * {@code ${{ … }}} expressions (an owner, a repository name) and GitLab's
     * {@code $CI_PAGES_URL} (an absolute URL, as {@code --base-url} needs).
     */
    private static String asTheCiRunsIt(String line) {
        return line.replaceAll("\\$\\{\\{[^}]*}}", "name").replace("$CI_PAGES_URL", "https://group.gitlab.io/guide");
    }

    @Test
    void recipesInstallTheReleaseArchiveThatDistMakes() throws IOException {
        String dist = Files.readString(Path.of("scripts/dist.sh"));
        assertTrue(dist.contains("name=cairn-$version-linux-x64"), "scripts/dist.sh changed the archive name");
        for (Path recipe : List.of(GITHUB, GITLAB)) {
            String install = String.join("\n", shellLines(recipe));
            assertTrue(install.contains("/cairn-${CAIRN_VERSION}-linux-x64.tar.gz\" | tar -xz"), recipe.toString());
            assertTrue(install.contains("cairn-${CAIRN_VERSION}-linux-x64/bin"), recipe + " puts bin/ on PATH");
            assertFalse(install.contains("java "), recipe + " needs no Java");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void githubWorkflowCachesLinkChecksAndChecksWithAnnotations() throws IOException {
        Map<String, Object> workflow = load(GITHUB);
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                workflow.get("jobs")).get("build")).get("steps");
        Map<String, Object> cache = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/cache@"))
                .findFirst().orElseThrow();
        assertEquals(".cairn/link-cache.json", ((Map<String, Object>) cache.get("with")).get("path"));
        assertTrue(shellLines(GITHUB).contains("cairn check --format github"));
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact@")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitlabJobsCacheLinkChecksAndPublishPublic() throws IOException {
        Map<String, Object> ci = load(GITLAB);
        Map<String, Object> base = (Map<String, Object>) ci.get(".cairn");
        assertEquals(List.of(".cairn/link-cache.json"), ((Map<String, Object>) base.get("cache")).get("paths"));
        Map<String, Object> pages = (Map<String, Object>) ci.get("pages");
        assertEquals(".cairn", pages.get("extends"));
        assertEquals(List.of("public"), ((Map<String, Object>) pages.get("artifacts")).get("paths"));
    }

    private static Map<String, Object> load(Path recipe) throws IOException {
        return new Yaml().load(Files.readString(recipe));
    }

    /** Every line of shell the recipe runs: GitHub steps' {@code run}, GitLab jobs' scripts. */
    @SuppressWarnings("unchecked")
    private static List<String> shellLines(Path recipe) throws IOException {
        List<String> out = new ArrayList<>();
        Map<String, Object> doc = load(recipe);
        if (doc.get("jobs") instanceof Map<?, ?> jobs) {
            for (Object job : jobs.values()) {
                Object steps = ((Map<String, Object>) job).get("steps");
                if (steps instanceof List<?> list) {
                    for (Object step : list) {
                        Object run = ((Map<String, Object>) step).get("run");
                        if (run != null) {
                            out.addAll(String.valueOf(run).lines().map(String::strip).toList());
                        }
                    }
                }
            }
        } else {
            for (Object job : doc.values()) {
                if (job instanceof Map<?, ?> m) {
                    for (String key : List.of("before_script", "script", "after_script")) {
                        if (m.get(key) instanceof List<?> list) {
                            list.forEach(l -> out.add(String.valueOf(l).strip()));
                        }
                    }
                }
            }
        }
        return out;
    }
}
