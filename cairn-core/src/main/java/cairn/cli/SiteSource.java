package cairn.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What every command that works on a site shares (a picocli mixin): the {@code --source}
 * option, and the command's own output streams, so that tests calling
 * {@link Cli#commandLine} with their own writers see everything a command prints.
 */
final class SiteSource {

    @Option(names = {"-s", "--source"}, defaultValue = ".", paramLabel = "DIR",
            description = "Site directory (holds content/, cairn.yaml). Default: ${DEFAULT-VALUE}")
    Path dir;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** A usage error (exit code 2, the command's help hint), for option values picocli cannot check itself. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(command.commandLine(), message);
    }
}
