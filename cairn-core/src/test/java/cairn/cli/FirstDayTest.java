package cairn.cli;

import cairn.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The messages of a user's first minutes are right: next steps that work, no false claims. */
class FirstDayTest {

    @TempDir
    Path dir;

    @Test
    void pagesAndPostsFromInitAndNewPassCheckWithoutWarnings() {
        Path site = dir.resolve("guide");
        assertEquals(0, TestSite.run("init", site.toString()).exitCode());
        assertEquals(0, TestSite.run("new", "page", "Choosing a host", "--source", site.toString()).exitCode());
        assertEquals(0, TestSite.run("new", "post", "We are live", "--source", site.toString()).exitCode());
        TestSite.Run check = TestSite.run("check", "--source", site.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.err().contains("0 errors, 0 warnings") || check.out().contains("0 errors, 0 warnings"),
                check.out() + check.err());
    }

    @Test
    void anEmptyDirectorySuggestsInitAndAFailedBuildClaimsNoOutputItNeverHad() {
        TestSite.Run run = TestSite.run("build", "--source", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("this is not a cairn site yet: \"cairn init " + dir + "\" creates a starter site"),
                run.err());
        assertTrue(run.err().contains("Build failed; nothing was written."), run.err());
        assertFalse(run.err().contains("was left as it was"), run.err());
    }

    @Test
    void aFailedBuildSaysTheOutputIsUntouchedWhenThereIsOne() throws Exception {
        TestSite site = TestSite.of(dir, "-- content/pages/a.md --\n---\ntitle: A\n---\n[x](/nowhere.html)\n");
        Files.createDirectories(site.output());
        TestSite.Run run = TestSite.run("build", "--source", site.root().toString(), "--output",
                site.output().toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("was left as it was."), run.err());
    }

    @Test
    void theNextStepAfterInitWorksWithoutCairnOnThePath() throws Exception {
        Path checkout = dir.resolve("checkout");
        Path jar = checkout.resolve("target/cairn.jar");
        Path launcher = checkout.resolve("bin/cairn");
        Files.createDirectories(jar.getParent());
        Files.createDirectories(launcher.getParent());
        Files.writeString(jar, "");
        Files.writeString(launcher, "#!/bin/sh\n");
        assertEquals("java -jar " + jar.toAbsolutePath(), Launcher.command("", Optional.of(jar)));
        assertTrue(launcher.toFile().setExecutable(true));
        assertEquals(launcher.toAbsolutePath().toString(), Launcher.command("/nonexistent", Optional.of(jar)));
        Path onPath = dir.resolve("path");
        Files.createDirectories(onPath);
        Files.writeString(onPath.resolve("cairn"), "#!/bin/sh\n");
        assertTrue(onPath.resolve("cairn").toFile().setExecutable(true));
        assertEquals("cairn", Launcher.command(onPath.toString(), Optional.of(jar)));
    }

    @Test
    void theNoBaseUrlWarningPointsAtNoCairnYamlWhenThereIsNone() throws Exception {
        TestSite site = TestSite.of(dir, "-- content/posts/p.md --\n---\ntitle: P\ndate: 2026-01-01\n---\nP.\n");
        var warning = site.build().warnings().stream().filter(d -> d.code().equals("no-base-url")).findFirst()
                .orElseThrow();
        assertFalse(warning.where().hasFile(), warning.toString());
        assertTrue(warning.message().contains("add \"base_url: https://…\" to a cairn.yaml in the site directory"),
                warning.toString());
        site.write("cairn.yaml", "title: T\n");
        var again = site.build().warnings().stream().filter(d -> d.code().equals("no-base-url")).findFirst()
                .orElseThrow();
        assertEquals("warning: cairn.yaml: base_url is not set, so the feeds and sitemap.xml were not written (they"
                + " need absolute URLs); set base_url in cairn.yaml or pass --base-url", again.toString());
    }
}
