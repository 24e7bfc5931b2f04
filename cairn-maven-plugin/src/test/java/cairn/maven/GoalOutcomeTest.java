package cairn.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What cairn reports becomes the goal's outcome and Maven's log lines, at their levels. */
class GoalOutcomeTest {

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    @Test
    void aBrokenLinkFailsTheBuildGoalUnlessStrictLinksIsOff() throws Exception {
        site("[gone](/gone.html)");
        BuildMojo build = build();
        MojoFailureException e = assertThrows(MojoFailureException.class, build::execute);
        assertTrue(e.getMessage().contains("the site has errors"), e.getMessage());
        assertTrue(logged("ERROR error: ", "content/pages/01-a.md:5:8: broken link \"/gone.html\""), log.toString());
        assertTrue(Files.notExists(dir.resolve("out")));

        log.clear();
        build.strictLinks = false;
        build.execute();
        assertTrue(logged("WARN warning: ", "content/pages/01-a.md:5:8: broken link \"/gone.html\""), log.toString());
        assertTrue(Files.isRegularFile(dir.resolve("out/a.html")));
    }

    @Test
    void checkFailsOnWarningsOnlyWithFailOnWarning() throws Exception {
        site("No links, so the page is an orphan (a warning).");
        CheckMojo check = check();
        check.execute();
        assertTrue(logged("WARN warning: ", "content/pages/01-a.md:1:1: orphan page /a.html: no page links to it and it is in no "
                + "chapter, so readers cannot find it"), log.toString());

        check.failOn = "warning";
        MojoFailureException e = assertThrows(MojoFailureException.class, check::execute);
        assertEquals("cairn check: problems at or above \"warning\" (listed above)", e.getMessage());
    }

    @Test
    void aBadParameterIsAnExecutionErrorNamingIt() throws Exception {
        site("Text.");
        CheckMojo check = check();
        check.format = "yaml";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, check::execute);
        assertTrue(e.getMessage().contains("configuration was refused"), e.getMessage());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("INFO Invalid value for option '--format'")), log.toString());
    }

    @Test
    void skipRunsNothing() throws Exception {
        BuildMojo build = build();
        build.source = dir.resolve("no-such-site").toFile();
        build.skip = true;
        build.execute();
        assertEquals(List.of("INFO cairn:build skipped"), log);
    }

    /** Whether a line was logged with this level and start (the site's path, absolute here) and this end. */
    private boolean logged(String start, String end) {
        return log.stream().anyMatch(l -> l.startsWith(start) && l.endsWith(end));
    }

    private void site(String body) throws Exception {
        Files.createDirectories(dir.resolve("content/pages"));
        Files.writeString(dir.resolve("content/pages/01-a.md"), "---\ntitle: A\nmeta: Page A.\n---\n" + body + "\n");
    }

    private BuildMojo build() {
        BuildMojo mojo = new BuildMojo();
        mojo.source = dir.toFile();
        mojo.output = dir.resolve("out").toFile();
        mojo.strictLinks = true;
        mojo.cache = false;
        mojo.setLog(recording());
        return mojo;
    }

    private CheckMojo check() {
        CheckMojo mojo = new CheckMojo();
        mojo.source = dir.toFile();
        mojo.format = "text";
        mojo.failOn = "error";
        mojo.setLog(recording());
        return mojo;
    }

    /** Maven's log, as "LEVEL line" strings. */
    private SystemStreamLog recording() {
        return new SystemStreamLog() {
            @Override
            public void info(CharSequence line) {
                log.add("INFO " + line);
            }

            @Override
            public void warn(CharSequence line) {
                log.add("WARN " + line);
            }

            @Override
            public void error(CharSequence line) {
                log.add("ERROR " + line);
            }
        };
    }
}
