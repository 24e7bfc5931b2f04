package cairn.serve;

import cairn.Diagnostic;
import cairn.pipeline.BuildResult;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** What the server tells its user (the command line prints it; this package never prints). */
public interface ServeListener {

    /**
     * A build succeeded and is now served; {@code changed} is empty for the first build. Unless
     * serving strictly, its {@code warnings} may include errors: they are shown in the pages.
     */
    void built(Build build);

    /** A build found errors; the previous good build stays served, with the errors shown on top. */
    void failed(List<Diagnostic> diagnostics);

    /**
     * A build found errors that stop it; {@code stillServing} when an earlier good build is
     * still served (the first build has none).
     */
    default void failed(List<Diagnostic> diagnostics, boolean stillServing) {
        failed(diagnostics);
    }

    /** A page could not be rendered when it was asked for; it shows its error, the other pages are still served. */
    default void pageFailed(List<Diagnostic> diagnostics) {
        failed(diagnostics, true);
    }

    /** Something went wrong in cairn itself while rebuilding; the server keeps running. */
    void internalError(RuntimeException e);

    /**
     * A finished build: its generation, counts, time, the files whose change caused it, its
     * warnings, the time of each stage (the pipeline's, then {@code probe render}), and how
     * the build cache served it ({@code ""} without one).
     */
    record Build(long generation, int pages, int posts, long millis, Set<Path> changed, List<Diagnostic> warnings,
                 List<BuildResult.StageTime> stages, String cacheStats) {
        public Build {
            changed = Set.copyOf(changed);
            warnings = List.copyOf(warnings);
            stages = List.copyOf(stages);
        }
    }
}
