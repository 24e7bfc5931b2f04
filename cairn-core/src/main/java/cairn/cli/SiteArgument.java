package cairn.cli;

import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/**
 * {@link SiteSource} that also takes the site as a positional argument, for the commands
 * that have no other ({@code cairn build README.md}, {@code check}, {@code serve}).
 */
final class SiteArgument extends SiteSource {

    @Parameters(arity = "0..1", paramLabel = "DIR|FILE",
            description = "The site directory, or one Markdown file to read as a one-file guide (as --source).")
    void sitePath(Path path) {
        source(path);
    }
}
