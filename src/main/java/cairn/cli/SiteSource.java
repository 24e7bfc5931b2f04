package cairn.cli;

import cairn.content.ContentLoader;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code --source} option of every command that reads a site (a picocli mixin): a
 * site directory, or one Markdown file ({@code README.md}) to read as a one-file guide,
 * whose directory is then the site directory.
 */
final class SiteSource {

    Path dir = Path.of(".");
    /** The one Markdown file named instead of a directory, relative to {@link #dir}. */
    Optional<String> file = Optional.empty();

    @Option(names = {"-s", "--source"}, paramLabel = "DIR|FILE",
            description = "Site directory (holds content/, cairn.yaml), or one Markdown file (README.md) to build as"
                    + " a one-file guide. Default: the current directory")
    void source(Path path) {
        if (ContentLoader.isMarkdown(path) && !java.nio.file.Files.isDirectory(path)) {
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
}
