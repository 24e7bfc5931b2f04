package cairn.robustness;

import cairn.TestSite;
import cairn.cli.ExitCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build when the disk is full, the output's parent is read-only, or the build cache
 * ({@code .cairn/}) cannot be written or holds garbage: a clear one-line error and exit
 * 74 (or, for the cache, a warning and a full build), the previous output untouched, no
 * staging directory left behind, no stack trace. A full disk is a 3 MB tmpfs the test
 * mounts, so that test needs root (skipped otherwise); read-only places are a read-only
 * tmpfs as root, {@code chmod} otherwise.
 */
class DiskAndPermissionsTest {

    @TempDir
    Path dir;

    private final List<Path> mounts = new ArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        for (Path m : mounts) {
            command("umount", m.toString());
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int command(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    /** Mounts a tmpfs of {@code size} at {@code at}; skips the test when that is not possible. */
    private void tmpfs(Path at, String options) throws Exception {
        Files.createDirectories(at);
        Assumptions.assumeTrue(root(), "skipped: mounting a small tmpfs needs root");
        int code = command("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString());
        Assumptions.assumeTrue(code == 0, "skipped: mount -t tmpfs failed (exit " + code + "; no CAP_SYS_ADMIN?)");
        mounts.add(0, at);
    }

    private TestSite site() throws IOException {
        return TestSite.of(dir.resolve("site"), """
                -- content/pages/01-a/00-a.md --
                ---
                title: Page A
                sortorder: "0100"
                ---
                Hello.
                -- static/img/small.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """);
    }

    private static TestSite.Run build(TestSite site, Path output, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--source", site.root().toString(), "--output",
                output.toString(), "--quiet"));
        args.addAll(List.of(more));
        return TestSite.run(args.toArray(String[]::new));
    }

    private static void assertCleanFailure(TestSite.Run run, String reason) {
        assertCleanFailure(run, reason, "was left as it was.");
    }

    private static void assertCleanFailure(TestSite.Run run, String reason, String outcome) {
        assertEquals(ExitCodes.IO, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains(reason), run.err());
        assertTrue(run.err().strip().endsWith(outcome), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    /**
     * Takes write permission away from {@code d}, or skips the test when that cannot stop
     * this process (root ignores modes; then only a read-only mount, which needs CAP_SYS_ADMIN, can).
     */
    private static void readOnly(Path d) throws IOException {
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path probe = d.resolve(".write-probe");
        try {
            Files.createFile(probe);
        } catch (IOException refused) {
            return;
        }
        Files.delete(probe);
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
        Assumptions.abort("skipped: running as root without the right to mount, so nothing is read-only here");
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFullDiskIsAClearErrorThatKeepsThePreviousOutputAndLeavesNoStagingBehind() throws Exception {
        Path disk = dir.resolve("disk");
        tmpfs(disk, "size=3m");
        TestSite site = site();
        Path out = disk.resolve("public");
        assertEquals(0, build(site, out).exitCode());
        String before = TestSite.hashTree(out);
        site.write("static/big.bin", new byte[4 << 20]); // 4 MiB: more than the disk holds

        TestSite.Run full = build(site, out);

        assertCleanFailure(full, "No space left on device");
        assertTrue(full.err().contains("big.bin"), full.err());
        assertEquals(before, TestSite.hashTree(out), "the previous output is intact");
        assertEquals(List.of("public"), names(disk), "no staging directory left on the full disk");
    }

    @Test
    void aFirstBuildOnAFullDiskSaysNothingWasWrittenAndLeavesNothingBehind() throws Exception {
        Path disk = dir.resolve("disk");
        tmpfs(disk, "size=3m");
        TestSite site = site().write("static/big.bin", new byte[4 << 20]);

        TestSite.Run full = build(site, disk.resolve("public"));

        assertCleanFailure(full, "No space left on device", "Build failed; nothing was written.");
        assertEquals(List.of(), names(disk), "neither an output nor a staging directory");
    }

    @Test
    void aReadOnlyOutputParentIsAClearErrorThatKeepsThePreviousOutput() throws Exception {
        TestSite site = site();
        Path parent = dir.resolve("ro");
        Path out = parent.resolve("public");
        boolean mounted = root() && tmpfsOrFalse(parent);
        assertEquals(0, build(site, out).exitCode());
        String before = TestSite.hashTree(out);
        if (mounted) {
            assertEquals(0, command("mount", "-o", "remount,ro", parent.toString()));
        } else {
            readOnly(parent);
        }
        try {
            TestSite.Run run = build(site, out);
            assertCleanFailure(run, mounted ? "Read-only file system" : "permission denied");
            assertTrue(run.err().contains("cannot write the output " + out), run.err());
            assertEquals(before, TestSite.hashTree(out));
            assertEquals(List.of("public"), names(parent));
        } finally {
            if (!mounted) {
                Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private boolean tmpfsOrFalse(Path at) throws Exception {
        Files.createDirectories(at);
        if (command("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", at.toString()) != 0) {
            return false;
        }
        mounts.add(0, at);
        return true;
    }

    @Test
    void anUnwritableBuildCacheIsAWarningAndTheBuildStillSucceeds() throws Exception {
        TestSite site = site();
        Path cache = site.root().resolve(".cairn");
        Files.createDirectories(cache);
        boolean mounted = root() && tmpfsOrFalse(cache);
        if (mounted) {
            assertEquals(0, command("mount", "-o", "remount,ro", cache.toString()));
        } else {
            readOnly(cache);
        }
        Path out = dir.resolve("out");
        try {
            TestSite.Run run = build(site, out);
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("warning: cannot write the build cache " + cache.resolve("cache")), run.err());
            assertTrue(run.err().contains("building without it"), run.err());
            assertFalse(run.err().contains("\tat "), run.err());
            assertTrue(Files.readString(out.resolve("a.html")).contains("<h1>Page A</h1>"));
        } finally {
            if (!mounted) {
                Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    @Test
    void aCacheThatFillsItsDiskDuringTheBuildIsAWarningTheSiteIsCompleteAndTheNextBuildRunsInFull() throws Exception {
        // a page whose cached body does not fit the 64 KiB disk the cache is on
        TestSite site = site().write("content/pages/01-a/01-big.md",
                "---\ntitle: Big\nsortorder: \"0101\"\n---\n" + "Some words in a long paragraph. ".repeat(20_000) + "\n");
        Path cacheDisk = site.root().resolve(".cairn");
        tmpfs(cacheDisk, "size=64k");
        Path out = dir.resolve("out");
        String[] args = {"build", "--source", site.root().toString(), "--output", out.toString()};

        TestSite.Run run = TestSite.run(args);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: cannot write the build cache "), run.err());
        assertTrue(run.err().contains("No space left on device; the site is complete"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertTrue(Files.readString(out.resolve("big.html")).contains("Some words in a long paragraph."));
        assertFalse(Files.exists(cacheDisk.resolve("cache").resolve("build.stamp")), "no stamp for a cache not written");
        TestSite.Run again = TestSite.run(args);
        assertEquals(0, again.exitCode(), again.err());
        assertFalse(again.out().contains("Nothing changed"), "the next build is a full one: " + again.out());
    }

    @Test
    void aCairnFileInPlaceOfTheCacheDirectoryIsAWarning() throws Exception {
        TestSite site = site().write(".cairn", "not a directory\n");
        TestSite.Run run = build(site, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("warning: cannot write the build cache"), run.err());
        assertEquals("not a directory\n", Files.readString(site.root().resolve(".cairn")), "left alone");
    }

    @Test
    void aCorruptBuildCacheGivesTheSameOutputAsNoCache() throws Exception {
        TestSite site = site();
        for (int i = 1; i < 6; i++) {
            site.write("content/pages/01-a/0" + i + "-p" + i + ".md", "---\ntitle: P" + i + "\nsortorder: \"010" + i
                    + "\"\n---\nText " + i + " [a](/a.html).\n");
        }
        Path out = dir.resolve("out");
        assertEquals(0, build(site, out).exitCode());
        List<Path> cacheFiles;
        try (Stream<Path> s = Files.walk(site.root().resolve(".cairn"))) {
            cacheFiles = s.filter(Files::isRegularFile).toList();
        }
        assertFalse(cacheFiles.isEmpty());
        java.util.Random random = new java.util.Random(17);
        for (Path f : cacheFiles) { // flip bytes, truncate, or fill with garbage
            byte[] bytes = Files.readAllBytes(f);
            switch (random.nextInt(3)) {
                case 0 -> {
                    for (int k = 0; k < Math.max(1, bytes.length / 50); k++) {
                        bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                    }
                    Files.write(f, bytes);
                }
                case 1 -> Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                default -> {
                    byte[] junk = new byte[bytes.length];
                    random.nextBytes(junk);
                    Files.write(f, junk);
                }
            }
        }
        site.write("content/pages/01-a/01-p1.md", "---\ntitle: P1 changed\nsortorder: \"0101\"\n---\nNew text.\n");
        TestSite.Run run = build(site, out);
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        Path clean = dir.resolve("clean");
        assertEquals(0, build(site, clean, "--no-cache").exitCode());
        assertEquals(TestSite.hashTree(clean), TestSite.hashTree(out));
    }
}
