package cairn.cli;

/** Entry point of {@code cairn.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code;
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.exit(printVersion()); // the whole command tree (picocli reflection) is not needed for this
        }
        Relaunch.runIfUseful(args).ifPresent(System::exit); // java -jar: the launcher's JVM options, in a child
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

    /** What {@code cairn --version} prints through picocli, without building the command line. */
    private static int printVersion() {
        try {
            for (String line : new CairnCommand.Version().getVersion()) {
                System.out.println(line);
            }
            return ExitCodes.OK;
        } catch (java.io.IOException e) {
            System.err.println("cairn: cannot read the version: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
    }
}
