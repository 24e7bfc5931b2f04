package cairn.cli;

import cairn.cache.BuildCache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JVM options {@code bin/cairn} picks for a command, in Java, for {@code java -jar}
 * ({@link Relaunch}): the start-up archive made for this jar (the JDK 25 AOT cache when it
 * was made for this very java, else the CDS archive), and for a one-shot build or check of a
 * guide of under 3,000 Markdown files C1 only with the serial collector (a third of the
 * memory, the same speed), for a bigger one that has a build cache C1 only, otherwise the JVM's
 * defaults. docs/benchmarks.md ("Start-up") has the measurements behind each choice;
 * {@code bin/cairn} and {@code bin/cairn.cmd} make the same ones.
 */
final class JvmChoice {

    /** At and above this many Markdown files a build from scratch keeps the tiered compiler. */
    static final int BIG_SITE = 3000;

    private JvmChoice() {
    }

    /**
     * The options for running {@code args} with the java at {@code java}, cairn's jar being
     * {@code jar} (its archives are looked for beside it), in the working directory {@code cwd}.
     */
    static List<String> options(String java, Path jar, Path cwd, String... args) {
        List<String> opts = new ArrayList<>(archive(java, jar));
        if (args.length == 0 || !(args[0].equals("build") || args[0].equals("check"))) {
            return opts;
        }
        Path source = cwd;
        boolean cached = true;
        for (int i = 1; i < args.length; i++) {
            if ((args[i].equals("-s") || args[i].equals("--source")) && i + 1 < args.length) {
                source = cwd.resolve(args[i + 1]);
            } else if (args[i].startsWith("--source=")) {
                source = cwd.resolve(args[i].substring("--source=".length()));
            } else if (args[i].equals("--no-cache")) {
                cached = false;
            }
        }
        boolean warm = cached && hasBuildCache(source);
        boolean small = markdownFiles(source.resolve("content")) < BIG_SITE;
        if (warm || small) {
            opts.add("-XX:TieredStopAtLevel=1");
        }
        if (small) {
            opts.add("-XX:+UseSerialGC");
        }
        return opts;
    }

    private static List<String> archive(String java, Path jar) {
        Path dir = jar.toAbsolutePath().getParent();
        if (dir == null) {
            return List.of();
        }
        Path aot = dir.resolve("cairn.aot");
        try {
            if (Files.isRegularFile(aot) && Files.readString(dir.resolve("cairn.aot.java")).strip().equals(java)) {
                return List.of("-XX:AOTCache=" + aot, "-Xlog:aot=off", "-Xlog:cds=off");
            }
        } catch (IOException e) {
            // no record of the java it was made with: not used
        }
        Path jsa = dir.resolve("cairn.jsa");
        return Files.isRegularFile(jsa) ? List.of("-XX:SharedArchiveFile=" + jsa, "-Xshare:auto", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off") : List.of();
    }

    private static boolean hasBuildCache(Path source) {
        try (Stream<Path> files = Files.list(BuildCache.markdownDirectoryOf(source))) {
            return files.findAny().isPresent();
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The Markdown files under {@code content}, counted up to {@link #BIG_SITE}. */
    private static long markdownFiles(Path content) {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".md") || name.endsWith(".markdown");
            }).limit(BIG_SITE).count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** {@code CAIRN_JAVA_OPTS} as words (it comes last, so it can override any choice). */
    static List<String> userOptions(String env) {
        return env == null || env.isBlank() ? List.of() : Arrays.asList(env.strip().split("\\s+"));
    }
}
