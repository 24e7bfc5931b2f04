package cairn.cli;

/** Entry point of {@code cairn.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = Cli.commandLine(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true))
                    .execute(args);
        } catch (Throwable t) { // an Error (out of memory, stack overflow) that escaped every handler
            System.err.println("internal error: " + t + (java.util.Arrays.asList(args).contains("--stacktrace")
                    ? "" : " (run with --stacktrace for details)"));
            if (java.util.Arrays.asList(args).contains("--stacktrace")) {
                t.printStackTrace();
            }
            code = ExitCodes.INTERNAL;
        }
        System.exit(code);
    }
}
