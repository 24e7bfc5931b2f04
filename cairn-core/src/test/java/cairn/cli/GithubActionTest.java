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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code action.yml}, the composite GitHub Action, is wired as {@code scripts/check-action.sh}
 * assumes when it runs the steps: the inputs the docs promise, each shell step calling
 * {@code scripts/action.sh} with a subcommand it has, every {@code INPUT_*} variable taken from
 * the input of that name, and {@code .cairn/} cached with actions/cache keyed by the commit.
 * The workflows that use it (docs/ci/github-action.yml and the guide's "Continuous
 * integration" page) pass only inputs it declares, and their {@code args} parse with cairn's
 * own command line for that command, and they check out the whole history, which cairn dates
 * pages from.
 */
class GithubActionTest {

    private static final Path ACTION = Path.of("action.yml");
    private static final Pattern USES_CAIRN = Pattern.compile("cairn-ssg/cairn@v?\\d+(\\.\\d+)*");

    @Test
    @SuppressWarnings("unchecked")
    void theActionIsCompositeWithTheDocumentedInputsAndRunsActionShForEachShellStep() throws IOException {
        Map<String, Object> action = yaml(Files.readString(ACTION));
        Map<String, Map<String, Object>> inputs = (Map<String, Map<String, Object>>) action.get("inputs");
        assertEquals(List.of("version", "command", "args", "source", "cache"), List.copyOf(inputs.keySet()));
        assertEquals("true", inputs.get("cache").get("default"));
        assertEquals("build", inputs.get("command").get("default"));
        Map<String, Object> runs = (Map<String, Object>) action.get("runs");
        assertEquals("composite", runs.get("using"));
        String script = Files.readString(Path.of("scripts/action.sh"));
        int shellSteps = 0;
        for (Map<String, Object> step : (List<Map<String, Object>>) runs.get("steps")) {
            if (step.containsKey("run")) {
                shellSteps++;
                assertEquals("bash", step.get("shell"));
                Matcher m = Pattern.compile("bash \"\\$GITHUB_ACTION_PATH/scripts/action\\.sh\" (\\w+)")
                        .matcher(String.valueOf(step.get("run")));
                assertTrue(m.matches(), "run: " + step.get("run"));
                assertTrue(script.contains("\n  " + m.group(1) + ") "), "action.sh has no subcommand " + m.group(1));
                ((Map<String, String>) step.get("env")).forEach((name, value) -> {
                    if (name.startsWith("INPUT_")) {
                        String input = name.substring(6).toLowerCase(java.util.Locale.ROOT);
                        assertTrue(inputs.containsKey(input), name);
                        assertEquals("${{ inputs." + input + " }}", value, name);
                    }
                    assertTrue(script.contains("${" + name), "action.sh does not read " + name);
                });
            }
        }
        assertEquals(2, shellSteps);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCairnFolderIsCachedByCommitUnlessTheCacheInputIsOff() throws IOException {
        Map<String, Object> runs = (Map<String, Object>) yaml(Files.readString(ACTION)).get("runs");
        Map<String, Object> cache = ((List<Map<String, Object>>) runs.get("steps")).stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/cache@")).findFirst().orElseThrow();
        assertEquals("inputs.cache == 'true'", cache.get("if"));
        Map<String, String> with = (Map<String, String>) cache.get("with");
        assertEquals("${{ inputs.source }}/.cairn", with.get("path"));
        assertTrue(with.get("key").endsWith("-${{ github.sha }}"), with.get("key"));
        assertTrue(with.get("key").startsWith(with.get("restore-keys").lines().findFirst().orElseThrow()),
                "restore-keys finds the last commit's cache");
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> workflowsUsingTheActionPassDeclaredInputsAndArgsThatParse() throws IOException {
        Map<String, Object> inputs = (Map<String, Object>) yaml(Files.readString(ACTION)).get("inputs");
        List<Map<String, Object>> uses = new ArrayList<>();
        workflowsUsingTheAction().forEach(w -> collectSteps(w, "cairn-ssg/cairn@", uses));
        assertTrue(uses.size() >= 4, "the recipe and the guide use the action: " + uses);
        return uses.stream().map(step -> DynamicTest.dynamicTest(String.valueOf(step.get("with")), () -> {
            assertTrue(USES_CAIRN.matcher(String.valueOf(step.get("uses"))).matches(), "uses: " + step.get("uses"));
            Map<String, Object> with = (Map<String, Object>) step.getOrDefault("with", Map.of());
            with.keySet().forEach(k -> assertTrue(inputs.containsKey(k), "no input " + k));
            String command = String.valueOf(with.getOrDefault("command", "build"));
            List<String> words = new ArrayList<>(List.of(command));
            words.addAll(ShellWords.split(String.valueOf(with.getOrDefault("args", ""))
                    .replaceAll("\\$\\{\\{[^}]*}}", "x")));
            CommandLine cli = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            assertTrue(cli.getSubcommands().containsKey(command), "no command cairn " + command);
            cli.parseArgs(words.toArray(String[]::new));
        }));
    }

    @Test
    void workflowsUsingTheActionCheckOutTheWholeHistory() throws IOException {
        // cairn dates pages from the git history; a shallow clone builds without it and warns
        // (shallow-clone), which the action would show as an annotation on every run
        List<Object> workflows = workflowsUsingTheAction();
        List<Map<String, Object>> checkouts = new ArrayList<>();
        workflows.forEach(w -> collectSteps(w, "actions/checkout@", checkouts));
        assertTrue(checkouts.size() >= 2, "the recipe and the guide check out the repository: " + workflows);
        for (Map<String, Object> checkout : checkouts) {
            assertEquals(0, ((Map<?, ?>) checkout.getOrDefault("with", Map.of())).get("fetch-depth"),
                    "actions/checkout with fetch-depth: 0 before the action: " + checkout);
        }
    }

    @Test
    void everyRecipeThatBuildsAGuideFetchesTheWholeHistory() throws IOException {
        // GitHub workflows in docs/ci/ and in the guide's publishing pages that build a site,
        // with or without the action: a shallow checkout would date no page from git
        List<String> texts = new ArrayList<>();
        for (String recipe : List.of("docs/ci/github-actions.yml", "docs/ci/github-action.yml")) {
            texts.add(Files.readString(Path.of(recipe)));
        }
        try (var pages = Files.list(Path.of("content/pages/05-publishing"))) {
            for (Path page : pages.sorted().toList()) {
                Matcher block = Pattern.compile("(?s)```yaml\n(.*?)```").matcher(Files.readString(page));
                while (block.find()) {
                    texts.add(block.group(1));
                }
            }
        }
        int building = 0;
        for (String text : texts) {
            if (!text.contains("actions/checkout@") || !(text.contains(" build") || USES_CAIRN.matcher(text).find())) {
                continue;
            }
            building++;
            List<Map<String, Object>> checkouts = new ArrayList<>();
            collectSteps(yaml(text), "actions/checkout@", checkouts);
            for (Map<String, Object> checkout : checkouts) {
                assertEquals(0, ((Map<?, ?>) checkout.getOrDefault("with", Map.of())).get("fetch-depth"),
                        "actions/checkout with fetch-depth: 0 in a workflow that builds:\n" + text);
            }
        }
        assertTrue(building >= 4, "the recipes and the guide's examples were found: " + building);
        assertTrue(Files.readString(Path.of("docs/ci/gitlab-ci.yml")).contains("GIT_DEPTH: \"0\""),
                "GitLab clones 20 commits deep unless GIT_DEPTH is 0");
    }

    /** docs/ci/github-action.yml and each YAML block of the guide's "Continuous integration" page that uses the action, parsed. */
    private static List<Object> workflowsUsingTheAction() throws IOException {
        List<Object> workflows = new ArrayList<>(List.of(yaml(Files.readString(Path.of("docs/ci/github-action.yml")))));
        String page = Files.readString(Path.of("content/pages/05-publishing/02-continuous-integration.md"));
        Matcher block = Pattern.compile("(?s)```yaml\n(.*?)```").matcher(page);
        while (block.find()) {
            if (USES_CAIRN.matcher(block.group(1)).find()) {
                workflows.add(yaml(block.group(1)));
            }
        }
        return workflows;
    }

    @SuppressWarnings("unchecked")
    private static void collectSteps(Object node, String action, List<Map<String, Object>> into) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("uses") instanceof String uses && uses.startsWith(action)) {
                into.add((Map<String, Object>) map);
            }
            map.values().forEach(v -> collectSteps(v, action, into));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectSteps(v, action, into));
        }
    }

    private static Map<String, Object> yaml(String text) {
        return new Yaml().load(text);
    }
}
