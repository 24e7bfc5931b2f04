package cairn.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bin/cairn} picks JVM options from what it is asked to do: C1 only for a one-shot
 * build or check of a guide of under 3,000 pages (with the serial collector) or a build with a
 * build cache, the default
 * compiler otherwise; the first build or check writes the class-data archive when there is
 * none. Run with a stand-in {@code java} that prints its arguments.
 */
class LauncherTest {

    @TempDir
    Path dir;

    private String launch(Path site, String... args) throws Exception {
        return launch(site, Map.of(), 0, args);
    }

    private String launch(Path site, Map<String, String> env, int exit, String... args) throws Exception {
        Path root = dir.resolve("cairn");
        if (!Files.exists(root)) {
            Files.createDirectories(root.resolve("bin"));
            Files.createDirectories(root.resolve("target"));
            Files.copy(Path.of("bin/cairn"), root.resolve("bin/cairn"));
            Files.writeString(root.resolve("target/cairn.jar"), "");
            Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
            Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        List<String> command = new java.util.ArrayList<>(List.of("sh", root.resolve("bin/cairn").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(site.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().remove("CAIRN_JAVA_OPTS");
        pb.environment().remove("CAIRN_ARCHIVE");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(exit, p.exitValue(), out);
        return out;
    }

    private Path site(int pages) throws IOException {
        Path site = Files.createDirectories(dir.resolve("site-" + pages).resolve("content"));
        for (int i = 0; i < pages; i++) {
            Files.writeString(site.resolve("p" + i + ".md"), "title: P\n\nx\n");
        }
        return site.getParent();
    }

    @Test
    void aGuideUnderThreeThousandPagesIsBuiltAndCheckedWithC1Only() throws Exception {
        Path small = site(3);
        assertTrue(launch(small, "build").contains("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp"));
        assertTrue(launch(small, "check").contains("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp"));
        assertFalse(launch(small, "serve").contains("TieredStopAtLevel"));
        assertTrue(launch(small, "build", "--quiet").endsWith("cairn.cli.Main build --quiet"));
    }

    @Test
    void aBigSiteKeepsTheTieredCompilerUnlessItsBuildCacheIsThere() throws Exception {
        Path big = site(3000);
        assertFalse(launch(big, "build").contains("TieredStopAtLevel"));
        Files.writeString(Files.createDirectories(big.resolve(".cairn/cache/markdown")).resolve("pack-1.cmp"), "");
        assertTrue(launch(big, "build").contains("-XX:TieredStopAtLevel=1 -cp"));
        assertFalse(launch(big, "build", "--no-cache").contains("TieredStopAtLevel"));
        assertTrue(launch(big, "check").contains("-XX:TieredStopAtLevel=1 -cp"), "check uses the build cache too");
        assertFalse(launch(big, "check", "--no-cache").contains("TieredStopAtLevel"));
        assertTrue(launch(dir, "build", "--source", big.toString()).contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void theFirstBuildWritesTheClassDataArchiveAndLaterRunsUseIt() throws Exception {
        Path small = site(3);
        launch(small, "--version"); // lays out the stand-in installation
        Path target = dir.resolve("cairn/target");
        Path standIn = dir.resolve("jdk/bin/java");
        // the stand-in writes the archive it is asked for, as a JVM does at exit, and fails as asked
        Files.writeString(standIn, "#!/bin/sh\necho \"$@\"\nfor a in \"$@\"; do case $a in -XX:ArchiveClassesAtExit=*)"
                + " [ -n \"$NO_ARCHIVE\" ] || echo archive > \"${a#*=}\" ;; esac; done\nexit ${EXIT:-0}\n");
        assertFalse(launch(small, "--version").contains("ArchiveClassesAtExit"), "only build and check make it");
        assertFalse(launch(small, "serve").contains("ArchiveClassesAtExit"));
        String first = launch(small, Map.of("NO_ARCHIVE", "1"), 0, "build");
        assertTrue(first.startsWith("-XX:ArchiveClassesAtExit=" + target.resolve(".cairn.jsa.")), first);
        assertFalse(Files.exists(target.resolve("cairn.jsa")), "no archive written, none kept, the build still succeeds");
        launch(small, Map.of("EXIT", "1"), 1, "build"); // the build's own exit code is kept
        assertTrue(Files.exists(target.resolve("cairn.jsa")));
        try (var files = Files.list(target)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith(".cairn.jsa")).toList(),
                    "no temporary archive left behind");
        }
        assertTrue(launch(small, "check").startsWith("-XX:SharedArchiveFile=" + target.resolve("cairn.jsa")));
        Files.setLastModifiedTime(target.resolve("cairn.jar"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertTrue(launch(small, "build").startsWith("-XX:ArchiveClassesAtExit="), "a jar newer than its archive: again");
        assertFalse(launch(small, Map.of("CAIRN_ARCHIVE", "0"), 0, "build").contains("Archive"));
    }

    @Test
    void theJdk25AotCacheIsUsedWithTheSameJitChoice() throws Exception {
        Path small = site(3);
        launch(small, "--version"); // lays out the stand-in installation
        Path target = dir.resolve("cairn/target");
        Files.writeString(target.resolve("cairn.aot"), "");
        Files.writeString(target.resolve("cairn.aot.java"), dir.resolve("jdk/bin/java") + "\n");
        String args = launch(small, "build");
        assertTrue(args.startsWith("-XX:AOTCache=" + target.resolve("cairn.aot")), args);
        assertTrue(args.contains("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp"), args);
        Files.writeString(target.resolve("cairn.aot.java"), "/some/other/java\n");
        assertFalse(launch(small, "build").contains("AOTCache"), "an AOT cache made by another java is not used");
    }
}
