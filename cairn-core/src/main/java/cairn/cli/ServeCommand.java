package cairn.cli;

import cairn.Diagnostic;
import cairn.serve.DevServer;
import cairn.serve.ServeListener;
import cairn.serve.ServeOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/** {@code cairn serve}: build into memory, serve, rebuild and reload the browser on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site, serve it locally and rebuild it whenever a file changes; open pages reload "
                + "by themselves. Problems such as broken links are shown in the pages and here, and every page that "
                + "can be made is served; with --strict, errors stop the build and the last good one stays served. "
                + "Nothing is written to disk (public/ is left alone). Stop with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteArgument site;

    @Option(names = {"-p", "--port"}, defaultValue = "" + ServeOptions.DEFAULT_PORT, paramLabel = "N",
            description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this computer only); "
                    + "0.0.0.0 lets anyone on your network read the site.")
    String bind;

    @Mixin
    SharedOptions.Drafts drafts;

    @Option(names = "--strict", description = "Serve only a site that cairn build would accept: errors (broken "
            + "links too) stop the build and the last good build stays served. Without it, pages with problems are "
            + "served with the problems in a banner.")
    boolean strict;

    @Mixin
    SharedOptions.NoCache noCache;

    @Option(names = "--open", description = "Open the site in the default browser.")
    boolean open;

    @Option(names = {"-v", "--verbose"}, description = "Print each pipeline stage of every build with its time.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = site.out();
        PrintWriter err = site.err();
        if (port < 0 || port > 65535) {
            throw site.usage("--port must be between 0 and 65535");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw site.usage("--bind: unknown address \"" + bind + "\"");
        }
        if (!address.isLoopbackAddress()) {
            err.println("warning: serving on " + address.getHostAddress() + ": anyone who can reach this computer can"
                    + " read the site (the development server is not meant to face a network)");
        }
        DevServer server;
        try {
            server = DevServer.start(new ServeOptions(site.given(), address, port, drafts.included, ServeOptions.DEFAULT_QUIET,
                            !noCache.set, strict),
                    new Console(out, err, new DiagnosticPrinter(err, site.dir), verbose));
        } catch (DevServer.PortInUseException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        out.println("Serving " + site.given() + " at " + server.url() + " (Ctrl-C to stop)");
        out.flush();
        if (open) {
            openBrowser(server, err);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "cairn-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopped by whoever ran us in-process (tests)
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running already
            }
        }
        out.println("Stopped.");
        out.flush();
        return ExitCodes.OK;
    }

    private static void openBrowser(DevServer server, PrintWriter err) {
        try {
            if (java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(server.url());
                return;
            }
        } catch (java.io.IOException | UnsupportedOperationException e) {
            // fall through to the message
        }
        err.println("warning: cannot open a browser here; open " + server.url() + " yourself");
    }

    /** Prints what the server reports, one line per build. */
    private static final class Console implements ServeListener {

        private final PrintWriter out;
        private final PrintWriter err;
        private final DiagnosticPrinter printer;
        private final boolean verbose;
        private java.util.Set<Diagnostic> shown = java.util.Set.of();

        Console(PrintWriter out, PrintWriter err, DiagnosticPrinter printer, boolean verbose) {
            this.out = out;
            this.err = err;
            this.printer = printer;
            this.verbose = verbose;
        }

        @Override
        public synchronized void built(Build build) {
            // a rebuild prints only the problems it did not have before; the pages show them all
            List<Diagnostic> fresh = build.warnings().stream().filter(d -> !shown.contains(d)).toList();
            printer.print(fresh, true);
            shown = new java.util.HashSet<>(build.warnings());
            String what = build.changed().isEmpty() ? "Built" : "Rebuilt (" + describe(build) + ")";
            out.printf("%s %d pages, %d posts in %d ms%n", what, build.pages(), build.posts(), build.millis());
            long errors = build.warnings().stream().filter(Diagnostic::isError).count();
            if (errors > 0) {
                out.println("  " + DiagnosticPrinter.count(errors, "error") + " and "
                        + DiagnosticPrinter.count(build.warnings().size() - errors, "warning")
                        + " are shown in the pages (cairn build would stop on the errors; serve --strict too)");
            }
            if (verbose) {
                BuildCommand.printStages(out, build.stages());
                if (!build.cacheStats().isEmpty()) {
                    out.println("  " + build.cacheStats());
                }
            }
            out.flush();
            err.flush();
        }

        @Override
        public void failed(List<Diagnostic> diagnostics) {
            failed(diagnostics, true);
        }

        @Override
        public synchronized void failed(List<Diagnostic> diagnostics, boolean stillServing) {
            printer.print(diagnostics, true);
            printer.summary(diagnostics);
            err.println(stillServing ? "The last good build is still served; the errors are shown in the browser too."
                    : "Nothing can be served until they are fixed; the browser shows them and reloads then.");
            err.flush();
            shown = java.util.Set.of();
        }

        @Override
        public synchronized void pageFailed(List<Diagnostic> diagnostics) {
            printer.print(diagnostics, true);
            err.println("That page shows the error; the other pages are still served.");
            err.flush();
        }

        @Override
        public void internalError(RuntimeException e) {
            err.println("internal error while rebuilding: " + e + " (still serving the last good build)");
            err.flush();
        }

        private String describe(Build build) {
            Path root = printer.siteRoot().toAbsolutePath().normalize();
            List<String> names = build.changed().stream().limit(3)
                    .map(p -> p.startsWith(root) ? root.relativize(p).toString() : p.toString())
                    .collect(Collectors.toList());
            int more = build.changed().size() - names.size();
            return String.join(", ", names) + (more > 0 ? " and " + more + " more" : "");
        }
    }
}
