package cairn.pipeline;

import cairn.Diagnostics;
import cairn.content.OneFileGuide;
import cairn.content.OneFileSettings;
import cairn.content.SiteConfig;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the site is a one-file guide (the file named on the command line, {@code source:}
 * in {@code cairn.yaml}, or a {@code README.md} without {@code content/}) and, if so, its
 * pages, read in place of {@code content/}.
 */
final class OneFileStage {

    private OneFileStage() {
    }

    static Optional<OneFileGuide.Result> load(BuildOptions options, SiteConfig config, Diagnostics diagnostics) {
        OneFileSettings settings = config.oneFile();
        Optional<Path> file = OneFileGuide.locate(options.source(), options.sourceFile(), settings);
        return file.map(f -> OneFileGuide.load(options.source(), f, settings, config.title(),
                config.params().containsKey("title"), diagnostics));
    }
}
