package cairn.maven;

import cairn.cli.Cli;
import cairn.cli.ExitCodes;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What every goal shares: the site directory, {@code drafts}, {@code cache}, {@code skip}, and running the
 * cairn command in-process. The exit code decides the outcome: 1 (site errors, or problems
 * at or above {@code failOn}) fails the build as a {@link MojoFailureException}, the way a
 * failing test does; anything else that is not 0 is a {@link MojoExecutionException}.
 */
abstract class CairnMojo extends AbstractMojo {

    /** The site directory: holds {@code content/} and {@code cairn.yaml} (as {@code --source}). */
    @Parameter(property = "cairn.source", defaultValue = "${project.basedir}")
    File source;

    /** Include pages with {@code draft: true} (as {@code --drafts}). */
    @Parameter(property = "cairn.drafts", defaultValue = "false")
    boolean drafts;

    /**
     * Read and write the build cache, {@code .cairn/cache} in the site directory, which every
     * command shares; {@code false}: {@code --no-cache}.
     */
    @Parameter(property = "cairn.cache", defaultValue = "true")
    boolean cache;

    /** Skip the goal. */
    @Parameter(property = "cairn.skip", defaultValue = "false")
    boolean skip;

    /** The cairn command: {@code build}, {@code check} or {@code serve}. */
    abstract String command();

    /** The command's options after {@code --source DIR} (and {@code --drafts}, {@code --no-cache}), from the goal's parameters. */
    abstract void addOptions(List<String> args);

    /** Why the build failed when the command exits with 1. */
    abstract String failure();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("cairn:" + command() + " skipped");
            return;
        }
        List<String> args = arguments();
        getLog().debug("cairn " + String.join(" ", args));
        int code;
        try (PrintWriter out = new PrintWriter(new LogWriter(getLog()), true);
             PrintWriter err = new PrintWriter(new LogWriter(getLog()), true)) {
            code = Cli.commandLine(out, err).execute(args.toArray(String[]::new));
        }
        switch (code) {
            case ExitCodes.OK -> { }
            case ExitCodes.SITE_ERRORS -> throw new MojoFailureException(failure());
            case ExitCodes.USAGE -> throw new MojoExecutionException("cairn " + command()
                    + ": the goal's configuration was refused (see the error above)");
            case ExitCodes.IO -> throw new MojoExecutionException("cairn " + command()
                    + ": a file could not be read or written (see the error above)");
            default -> throw new MojoExecutionException("cairn " + command() + ": internal error (exit code " + code
                    + "); run Maven with -Dcairn.stacktrace and report it");
        }
    }

    /** The command line this goal runs, without the leading {@code cairn}. */
    final List<String> arguments() {
        List<String> args = new ArrayList<>();
        if (Boolean.getBoolean("cairn.stacktrace")) {
            args.add("--stacktrace");
        }
        args.add(command());
        args.add("--source");
        args.add(source.getPath());
        flag(args, "--drafts", drafts);
        flag(args, "--no-cache", !cache);
        addOptions(args);
        return args;
    }

    static void flag(List<String> args, String name, boolean set) {
        if (set) {
            args.add(name);
        }
    }

    static void option(List<String> args, String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            args.add(name);
            args.add(value.toString());
        }
    }
}
