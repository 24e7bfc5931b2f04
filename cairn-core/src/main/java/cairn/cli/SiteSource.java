package cairn.cli;

import cairn.content.ContentLoader;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What every command that works on a site shares (a picocli mixin): the {@code --source}
 * option, and the command's own output streams, so that tests calling
 * {@link Cli#commandLine} with their own writers see everything a command prints. The
 * source is a site directory, or one Markdown file ({@code README.md}) to read as a
 * one-file guide, whose directory is then the site directory.
 */
class SiteSource {

    Path dir = Path.of(".");
    /** The one Markdown file named instead of a directory, relative to {@link #dir}. */
    Optional<String> file = Optional.empty();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR|FILE",
            description = "Site directory (holds content/, cairn.yaml), or one Markdown file (README.md) to build as"
                    + " a one-file guide. Default: the current directory")
    void source(Path path) {
        if (ContentLoader.isMarkdown(path) && !Files.isDirectory(path)) {
            dir = path.getParent() == null ? Path.of(".") : path.getParent();
            file = Optional.of(path.getFileName().toString());
        } else {
            dir = path;
            file = Optional.empty();
        }
    }

    /** The site directory, or the one file in it. */
    Path given() {
        return file.map(dir::resolve).orElse(dir);
    }

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
