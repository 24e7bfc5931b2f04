package cairn.cli;

import cairn.Diagnostic;
import cairn.pipeline.SiteInspector;
import cairn.pipeline.SiteInspector.SiteInspection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code cairn doctor}: versions, what cairn sees in the site, and known problems — the
 * report to paste into a bug report. It reads the site but never writes anything.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Print the Java and cairn versions, what cairn finds in the site (config, content, "
                + "theme, cache, output) and known problems. Writes nothing; paste its output into bug reports.")
final class DoctorCommand implements Callable<Integer> {

    @Mixin
    SiteSource sourceOption;

    @Mixin
    SharedOptions.Output output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = sourceOption.out();
        Path site = sourceOption.dir.toAbsolutePath().normalize();
        SiteInspection report = SiteInspector.inspect(site, output.in(site));
        row(out, "cairn", CairnCommand.Version.version());
        row(out, "java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ") at "
                + System.getProperty("java.home"));
        row(out, "os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors() + " cpus, "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB max heap");
        row(out, "site", site.toString());
        row(out, "config", report.configTitle().map(t -> "cairn.yaml (title \"" + t + "\")")
                .orElse("no cairn.yaml: defaults"));
        row(out, "content", report.hasContentDir()
                ? DiagnosticPrinter.count(report.pages(), "page") + ", " + DiagnosticPrinter.count(report.posts(), "post")
                        + ", " + DiagnosticPrinter.count(report.drafts(), "draft")
                : "no content/ directory");
        row(out, "theme", report.siteTemplates().isEmpty() ? "default theme"
                : "site templates/ (" + String.join(", ", report.siteTemplates()) + "), the rest from the default theme");
        row(out, "cache", report.cache().isEmpty() ? "none (" + SiteInspector.CACHE_DIR + "/ is empty or absent)"
                : report.cache().stream().map(f -> SiteInspector.CACHE_DIR + "/" + f.path() + " (" + size(f.bytes()) + ")")
                        .collect(Collectors.joining(", ")));
        row(out, "output", report.output() + ": " + switch (report.outputState()) {
            case ABSENT -> "not built yet";
            case WRITTEN_BY_CAIRN -> "written by cairn";
            case NOT_WRITTEN_BY_CAIRN -> "NOT written by cairn";
            case NOT_A_DIRECTORY -> "NOT a directory";
        });
        printProblems(out, report.problems());
        out.flush();
        return ExitCodes.OK;
    }

    private void printProblems(PrintWriter out, List<Diagnostic> problems) {
        out.println();
        if (problems.isEmpty()) {
            out.println("No known problems.");
            return;
        }
        long errors = problems.stream().filter(Diagnostic::isError).count();
        out.println("Problems (" + DiagnosticPrinter.count(errors, "error") + ", "
                + DiagnosticPrinter.count(problems.size() - errors, "warning") + "):");
        new DiagnosticPrinter(out, sourceOption.dir).print(problems, true);
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("%-8s %s%n", label, value);
    }

    private static String size(long bytes) {
        if (bytes < 0) {
            return "unreadable";
        }
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
