package cairn.cli;

import cairn.BuildException;
import cairn.cache.BuildCache;
import cairn.pipeline.BuildOptions;
import cairn.pipeline.BuildResult;
import cairn.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cairn build}: the site into the output directory, atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into the output directory. The new site replaces the old one only "
                + "when the build succeeds.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteArgument site;

    @Mixin
    SharedOptions.Output output;

    @Mixin
    SharedOptions.BaseUrl baseUrl;

    @Mixin
    SharedOptions.Drafts drafts;

    @Option(names = "--no-strict-links", negatable = false,
            description = "Report broken internal links as warnings instead of failing the build.")
    boolean noStrictLinks;

    @Option(names = "--clean", description = "Replace the output directory even if cairn did not write it.")
    boolean clean;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads (default: one per core). The output is the same for any N.")
    int threads;

    @Mixin
    SharedOptions.NoCache noCache;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print each pipeline stage with its time.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = site.out();
        PrintWriter err = site.err();
        Path out_ = output.in(site.dir);
        BuildOptions options = BuildOptions.of(site.dir, out_).withSourceFile(site.file).withBaseUrl(baseUrl.url).withDrafts(drafts.included).withClean(clean);
        if (noStrictLinks) {
            options = options.withStrictLinks(false);
        }
        DiagnosticPrinter printer = new DiagnosticPrinter(err, site.dir);
        BuildCache cache = noCache.cache(site.dir, err);
        try (Pipeline pipeline = new Pipeline(threads, cache)) {
            return build(pipeline, options, printer, out, err, out_);
        }
    }

    private Integer build(Pipeline pipeline, BuildOptions options, DiagnosticPrinter printer, PrintWriter out,
                          PrintWriter err, Path out_) throws Exception {
        try {
            BuildResult result = pipeline.build(options);
            printer.print(result.warnings(), !quiet);
            printer.overview(result.warnings(), !quiet);
            if (verbose) {
                printStages(out, result.stages());
                if (!pipeline.cacheStats().isEmpty()) {
                    out.println("  " + pipeline.cacheStats());
                }
            }
            if (!quiet) {
                pipeline.notes().forEach(out::println);
                out.printf("Built %d pages, %d posts, %d files in %d ms -> %s%n", result.pages(), result.posts(),
                        result.files(), result.millis(), out_);
            }
            out.flush();
            return ExitCodes.OK;
        } catch (BuildException e) {
            printer.print(e.diagnostics(), !quiet);
            printer.overview(e.diagnostics(), !quiet);
            if (verbose) {
                printStages(out, pipeline.times());
            }
            printer.summary(e.diagnostics());
            err.println(failed(options, out_));
            err.flush();
            return ExitCodes.SITE_ERRORS;
        } catch (java.io.UncheckedIOException | java.io.IOException e) {
            err.println("error: " + Cli.ioProblem(e));
            err.println(failed(options, out_));
            err.flush();
            return ExitCodes.IO;
        }
    }

    /** The last line of a failed build: the previous output was kept, or there was none and none was made. */
    private static String failed(BuildOptions options, Path out_) {
        return java.nio.file.Files.exists(options.output()) ? "Build failed; " + out_ + " was left as it was."
                : "Build failed; nothing was written.";
    }

    static void printStages(PrintWriter out, List<BuildResult.StageTime> stages) {
        for (BuildResult.StageTime t : stages) {
            out.printf("  %-14s %6d ms%n", t.stage(), t.millis());
        }
    }
}
