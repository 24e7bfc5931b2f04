package cairn.cli;

import cairn.BuildException;
import cairn.FileProblem;
import cairn.pipeline.UnsafeOutputException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Builds the picocli command line with cairn's commands, output streams and error
 * handling. {@code Main} and the tests use the same factory, so tests run the real
 * command line without {@code System.exit}.
 */
public final class Cli {

    private Cli() {
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new CairnCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        ExitCodes.document(cl);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine));
        return cl;
    }

    private static int handle(Exception e, CommandLine commandLine) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof BuildException be) {
            // commands report site diagnostics themselves; this is a fallback
            be.diagnostics().forEach(d -> err.println(d));
            return ExitCodes.SITE_ERRORS;
        }
        if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
            err.println("error: " + ioProblem(e));
            err.flush();
            return ExitCodes.IO;
        }
        if (e instanceof UnsafeOutputException) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        err.println("internal error: " + e + (stacktrace(commandLine) ? "" : " (run with --stacktrace for details)"));
        if (stacktrace(commandLine)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** What went wrong with a file, in one line: cairn's own message, or the file and the system's reason. */
    static String ioProblem(Exception e) {
        java.io.IOException io = e instanceof java.io.UncheckedIOException u ? u.getCause() : (java.io.IOException) e;
        if (e instanceof java.io.UncheckedIOException u && u.getMessage() != null
                && !u.getMessage().equals(String.valueOf(io))) {
            return u.getMessage();
        }
        String reason = FileProblem.reason(io);
        return io instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
                && !reason.contains(fs.getFile()) ? fs.getFile() + ": " + reason : reason;
    }

    private static boolean stacktrace(CommandLine commandLine) {
        CommandLine root = commandLine;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return ((CairnCommand) root.getCommand()).stacktrace;
    }
}
