package cairn.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java -jar cairn.jar build|check} runs the command in a child JVM with the launcher's
 * options and exits with its exit code; everything else runs where it was started.
 */
class RelaunchTest {

    @TempDir
    Path dir;

    private Path site(String... pages) throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(site.resolve("content/pages"));
        for (int i = 0; i < pages.length; i++) {
            Files.writeString(site.resolve("content/pages/p" + i + ".md"), "title: P" + i + "\n\n" + pages[i] + "\n");
        }
        return site;
    }

    private Optional<List<String>> command(Map<String, String> env, String javaCommand, List<String> jvmArgs,
                                           String... args) throws IOException {
        Path jar = Files.writeString(dir.resolve("cairn.jar"), "");
        return Relaunch.command(args, env, javaCommand.replace("JAR", jar.toString()), jar.toString(),
                Optional.of(jvmArgs));
    }

    @Test
    void onlyABuildOrCheckStartedWithJavaDashJarAndNoJvmOptionsIsRelaunched() throws Exception {
        List<String> jarRun = List.of("-jar", "JAR", "build");
        Optional<List<String>> child = command(Map.of("CAIRN_JAVA_OPTS", "-Xmx300m"), "JAR build", jarRun, "build",
                "--quiet");
        assertTrue(child.isPresent());
        List<String> c = child.get();
        assertTrue(c.contains("-Dcairn.relaunch=false"), c.toString());
        assertEquals(List.of("-Xmx300m", "-cp", dir.resolve("cairn.jar").toAbsolutePath().toString(),
                "cairn.cli.Main", "build", "--quiet"), c.subList(c.size() - 6, c.size()), "CAIRN_JAVA_OPTS comes last");
        assertTrue(command(Map.of(), "JAR check", jarRun, "check").isPresent());
        assertFalse(command(Map.of(), "JAR serve", jarRun, "serve").isPresent(), "serve keeps the default JVM");
        assertFalse(command(Map.of(), "cairn.cli.Main build", List.of("-cp", "JAR", "cairn.cli.Main", "build"),
                "build").isPresent(), "bin/cairn has chosen already");
        assertFalse(command(Map.of(), "JAR build", List.of("-Xmx2g", "-jar", "JAR", "build"), "build").isPresent(),
                "JVM options given before -jar are the user's");
        assertFalse(command(Map.of("CAIRN_RELAUNCH", "0"), "JAR build", jarRun, "build").isPresent());
    }

    @Test
    void theChildGetsC1AndTheSerialCollectorUnderThreeThousandPagesAndTheArchiveBesideTheJar() throws Exception {
        Path site = site("x", "y");
        Path jar = Files.writeString(Files.createDirectories(dir.resolve("lib")).resolve("cairn.jar"), "");
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                JvmChoice.options("java", jar, dir, "build", "--source", "site"));
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                JvmChoice.options("java", jar, site, "check"));
        assertEquals(List.of(), JvmChoice.options("java", jar, site, "serve"));
        Files.writeString(Files.createDirectories(site.resolve(".cairn/cache/markdown")).resolve("pack-1.cmp"), "");
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), JvmChoice.options("java", jar, site, "build"),
                "with a build cache too");
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                JvmChoice.options("java", jar, site, "build", "--no-cache"));
        Files.writeString(dir.resolve("lib/cairn.jsa"), "");
        assertEquals("-XX:SharedArchiveFile=" + dir.resolve("lib/cairn.jsa"),
                JvmChoice.options("java", jar, site, "check").get(0));
    }

    @Test
    void javaDashJarBuildsInAChildJvmAndKeepsItsExitCode() throws Exception {
        Path site = site("Fine, see [the other page](/p1.html).", "Also fine.");
        Path jar = launcherJar();
        Run ok = javaJar(jar, site, "build", "--output", "out");
        assertEquals(0, ok.code, ok.err);
        assertTrue(ok.err.contains("cairn: running "), ok.err);
        assertTrue(ok.err.contains("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dcairn.relaunch=false -cp"), ok.err);
        assertTrue(Files.exists(site.resolve("out/p0.html")));
        Files.writeString(site.resolve("content/pages/p0.md"), "title: P0\n\nSee [gone](/gone.html).\n");
        Run broken = javaJar(jar, site, "check");
        assertEquals(ExitCodes.SITE_ERRORS, broken.code, broken.out + broken.err);
        assertTrue(broken.out.contains("/gone.html") || broken.err.contains("/gone.html"), broken.out + broken.err);
        Run usage = javaJar(jar, site, "build", "--no-such-option");
        assertEquals(ExitCodes.USAGE, usage.code, usage.err);
    }

    private record Run(int code, String out, String err) {
    }

    private Run javaJar(Path jar, Path site, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(site.toFile());
        pb.environment().put(Relaunch.VERBOSE_ENV, "1");
        pb.environment().remove("CAIRN_JAVA_OPTS");
        pb.environment().remove(Relaunch.ENV);
        pb.redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), Files.readString(dir.resolve("stdout")), Files.readString(dir.resolve("stderr")));
    }

    /** A jar like target/cairn.jar (Main-Class cairn.cli.Main), its classes on the test class path. */
    private Path launcherJar() throws IOException {
        Path jar = Files.createDirectories(dir.resolve("jar")).resolve("cairn.jar");
        StringBuilder classPath = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            String relative = jar.getParent().relativize(p).toString().replace(File.separatorChar, '/')
                    .replace(" ", "%20");
            classPath.append(relative).append(Files.isDirectory(p) ? "/ " : " ");
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "cairn.cli.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString().strip());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }
        return jar;
    }
}
