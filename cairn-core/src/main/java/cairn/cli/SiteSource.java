package cairn.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --source} option of every command that reads a site (a picocli mixin). */
final class SiteSource {

    @Option(names = {"-s", "--source"}, defaultValue = ".", paramLabel = "DIR",
            description = "Site directory (holds content/, cairn.yaml). Default: ${DEFAULT-VALUE}")
    Path dir;
}
