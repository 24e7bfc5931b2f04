package cairn.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and how: the site directory, the output directory, and the overrides
 * the command line may set on top of {@code cairn.yaml}.
 */
public record BuildOptions(Path source, Path output, Optional<String> baseUrl, boolean drafts,
                           Optional<Boolean> strictLinks, boolean clean, Optional<String> sourceFile) {

    public static BuildOptions of(Path source, Path output) {
        return new BuildOptions(source, output, Optional.empty(), false, Optional.empty(), false, Optional.empty());
    }

    /** Builds from one Markdown file in the site directory ({@code cairn build README.md}). */
    public BuildOptions withSourceFile(Optional<String> file) {
        return new BuildOptions(source, output, baseUrl, drafts, strictLinks, clean, file);
    }

    public BuildOptions withStrictLinks(boolean strict) {
        return new BuildOptions(source, output, baseUrl, drafts, Optional.of(strict), clean, sourceFile);
    }

    public BuildOptions withDrafts(boolean include) {
        return new BuildOptions(source, output, baseUrl, include, strictLinks, clean, sourceFile);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(source, output, Optional.ofNullable(url), drafts, strictLinks, clean, sourceFile);
    }

    public BuildOptions withClean(boolean cleanOutput) {
        return new BuildOptions(source, output, baseUrl, drafts, strictLinks, cleanOutput, sourceFile);
    }
}
