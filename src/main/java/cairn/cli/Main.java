package cairn.cli;

/** Entry point of {@code cairn.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.commandLine(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true))
                .execute(args));
    }
}
