package cairn.cli;

import cairn.BuildException;
import cairn.Severity;
import cairn.check.CheckReport;
import cairn.check.LinkChecker;
import cairn.check.ReportFormat;
import cairn.pipeline.BuildOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code cairn check}: link integrity of the site as {@code build} would produce it, nothing written. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every internal link, image and #anchor of the site as build renders it, warn about "
                + "site hygiene (orphan pages, insecure or scheme-less links, missing descriptions and alt text) "
                + "and, with --external, check every external URL once, politely, with a cache.")
final class CheckCommand implements Callable<Integer> {

    /** Which problems make the exit code 1. */
    enum FailOn { ERROR, WARNING }

    /** Which checks to report. */
    enum Only { INTERNAL, EXTERNAL }

    @Mixin
    SiteArgument site;

    @Option(names = "--external", description = "Also check external http(s) links (cached in .cairn/link-cache.json).")
    boolean external;

    @Option(names = "--refresh", description = "With --external: ignore cached results and check every URL again.")
    boolean refresh;

    @Option(names = "--only", paramLabel = "WHAT",
            description = "Report only internal (links, anchors, images, hygiene) or external problems "
                    + "(implies --external): ${COMPLETION-CANDIDATES}.")
    Only only;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: text, json, github, junit. Default: ${DEFAULT-VALUE}")
    ReportFormat format;

    @Option(names = {"-O", "--output-file"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path outputFile;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Exit with 1 when there are problems at this level or above: error, warning. "
                    + "Default: ${DEFAULT-VALUE}")
    FailOn failOn;

    @Mixin
    SharedOptions.BaseUrl baseUrl;

    @Mixin
    SharedOptions.Drafts drafts;

    @Mixin
    SharedOptions.NoCache noCache;

    @Option(names = {"-q", "--quiet"}, description = "Print no summary or progress besides the report.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = site.err();
        DiagnosticPrinter printer = new DiagnosticPrinter(err, site.dir);
        BuildOptions build = BuildOptions.of(site.dir, site.dir.resolve("public")).withSourceFile(site.file).withBaseUrl(baseUrl.url).withDrafts(drafts.included);
        LinkChecker.Options options = LinkChecker.Options.internal().withExternal(external).withRefresh(refresh);
        if (only != null) {
            options = options.withScope(only == Only.INTERNAL ? LinkChecker.Scope.INTERNAL : LinkChecker.Scope.EXTERNAL);
        }
        CheckReport report;
        try (TerminalProgress progress = new TerminalProgress(err, !quiet && System.console() != null)) {
            report = SiteCheck.run(build, options, progress, noCache.cache(site.dir, err));
        } catch (BuildException e) {
            printer.print(e.diagnostics(), true);
            printer.overview(e.diagnostics(), true);
            printer.summary(e.diagnostics());
            err.println("The site does not load; fix these errors first.");
            err.flush();
            return ExitCodes.SITE_ERRORS;
        }
        CheckReport shown = format == ReportFormat.TEXT || format == ReportFormat.GITHUB
                ? report.withPositions(printer::display) : report;
        Severity level = failOn == FailOn.WARNING ? Severity.WARNING : Severity.ERROR;
        String text = format.render(shown, level);
        if (outputFile != null) {
            Path parent = outputFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(outputFile, text, StandardCharsets.UTF_8);
        } else {
            site.out().print(text);
            site.out().flush();
        }
        if (!quiet && (outputFile != null || format != ReportFormat.TEXT)) {
            err.println(report.summary());
            err.flush();
        }
        return report.fails(level) ? ExitCodes.SITE_ERRORS : ExitCodes.OK;
    }
}
