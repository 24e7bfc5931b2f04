package cairn.check;

import cairn.Diagnostic;
import cairn.Severity;
import cairn.SourcePos;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The outcome of {@code cairn check}: every problem, sorted by file and line; the pages
 * checked (source file and URL, for reports that list them); how many links the pages
 * contain, how many distinct external URLs, and how long it took.
 */
public record CheckReport(List<Diagnostic> problems, List<CheckedPage> pages, int links, int external, long millis) {

    /** A page that was checked: its source file (relative to the site directory) and its URL. */
    public record CheckedPage(String file, String url) {
    }

    public CheckReport {
        problems = problems.stream().sorted().distinct().toList();
        pages = List.copyOf(pages);
    }

    public long errors() {
        return problems.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /** True when a problem is at least as severe as {@code failOn}. */
    public boolean fails(Severity failOn) {
        return failOn == Severity.ERROR ? errors() > 0 : !problems.isEmpty();
    }

    /** The same report with positions rewritten, e.g. relative to the working directory for a terminal. */
    public CheckReport withPositions(UnaryOperator<SourcePos> display) {
        return new CheckReport(problems.stream().map(d -> new Diagnostic(d.severity(), d.code(), display.apply(d.where()),
                d.message(), d.target(), d.suggestion())).toList(), pages, links, external, millis);
    }

    /** The same report timed from an earlier start (the whole command, loading and rendering included). */
    public CheckReport withMillis(long total) {
        return new CheckReport(problems, pages, links, external, total);
    }

    /** "3 errors, 7 warnings in 412 links (118 external, 4.1 s)". */
    public String summary() {
        return count(errors(), "error") + ", " + count(warnings(), "warning") + " in " + count(links, "link") + " ("
                + external + " external, " + String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0) + ")";
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
