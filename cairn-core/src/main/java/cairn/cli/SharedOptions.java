package cairn.cli;

import cairn.cache.BuildCache;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Options several commands share, declared once each as a picocli mixin (with {@link SiteSource}). */
final class SharedOptions {

    private SharedOptions() {
    }

    /** {@code -o}: where the site is built (build, doctor). */
    static final class Output {
        @Option(names = {"-o", "--output"}, paramLabel = "DIR",
                description = "Output directory. Default: public/ inside the site directory.")
        Path dir;

        Path in(Path site) {
            return dir != null ? dir : site.resolve("public");
        }
    }

    /** {@code --base-url} (build, check): an absolute http(s) URL, else a usage error. */
    static final class BaseUrl {
        String url;

        @Spec(Spec.Target.MIXEE)
        CommandSpec command;

        @Option(names = "--base-url", paramLabel = "URL", description = "Override base_url from cairn.yaml.")
        void url(String value) {
            cairn.content.BaseUrl.problem(value).ifPresent(p -> {
                throw new ParameterException(command.commandLine(), "--base-url " + p);
            });
            url = value;
        }
    }

    /** {@code --drafts} (build, check, serve). */
    static final class Drafts {
        @Option(names = "--drafts", description = "Include pages with draft: true.")
        boolean included;
    }

    /** {@code --no-cache} (build, serve). */
    static final class NoCache {
        @Option(names = "--no-cache", description = "Neither read nor write the build cache (.cairn/cache).")
        boolean set;

        /**
         * The build cache of {@code site}: in memory only with {@code --no-cache}, or when its
         * directory cannot be written (read-only, not a directory, no permission), which a
         * warning on {@code err} says, and the command runs without it.
         */
        BuildCache cache(Path site, PrintWriter err) {
            Path dir = BuildCache.directoryOf(site);
            return set || !writable(dir, err) ? new BuildCache() : new BuildCache(dir);
        }

        private static boolean writable(Path dir, PrintWriter err) {
            try {
                Files.createDirectories(dir);
                Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
                return true;
            } catch (IOException e) {
                err.println("warning: cannot write the build cache " + dir + " (" + Cli.ioProblem(e)
                        + "); building without it");
                return false;
            }
        }
    }
}
