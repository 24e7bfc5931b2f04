package cairn.cli;

import cairn.Diagnostic;
import cairn.ProblemOverview;
import cairn.SourcePos;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints diagnostics one per line, sorted by file and line, then a summary such as
 * "2 errors, 1 warning". Paths are shown relative to the working directory so that
 * editors and terminals can jump to them.
 */
final class DiagnosticPrinter {

    private final PrintWriter err;
    private final Path siteRoot;

    DiagnosticPrinter(PrintWriter err, Path siteRoot) {
        this.err = err;
        this.siteRoot = siteRoot;
    }

    void print(List<Diagnostic> diagnostics, boolean warnings) {
        for (Diagnostic d : diagnostics) {
            if (d.isError() || warnings) {
                err.println(new Diagnostic(d.severity(), d.code(), display(d.where()), d.message(), d.target(),
                        d.suggestion()));
            }
        }
    }

    /** After more than {@link ProblemOverview#THRESHOLD} printed problems: counts by code and the most-linked missing targets. */
    void overview(List<Diagnostic> diagnostics, boolean warnings) {
        List<Diagnostic> shown = diagnostics.stream().filter(d -> d.isError() || warnings).toList();
        ProblemOverview overview = ProblemOverview.of(shown);
        if (overview.worthShowing()) {
            err.println();
            err.print(overview.text());
            err.println();
        }
    }

    Path siteRoot() {
        return siteRoot;
    }

    void summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        err.println(count(errors, "error") + ", " + count(warnings, "warning"));
    }

    static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** {@code pos} (relative to the site directory) as a path relative to the working directory. */
    SourcePos display(SourcePos pos) {
        if (!pos.hasFile() || pos.file().isAbsolute() || pos.file().startsWith("(default theme)")) {
            return pos;
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = siteRoot.toAbsolutePath().resolve(pos.file()).normalize();
        Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
        try {
            if (!abs.startsWith(cwd)) {
                Path rel = cwd.relativize(abs);
                shown = rel.toString().length() < abs.toString().length() ? rel : abs;
            }
        } catch (IllegalArgumentException ignored) {
            // different roots: keep the absolute path
        }
        return new SourcePos(shown, pos.line(), pos.column());
    }
}
