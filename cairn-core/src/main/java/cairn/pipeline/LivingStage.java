package cairn.pipeline;

import cairn.Diagnostics;
import cairn.SourcePos;
import cairn.content.FileHistory;
import cairn.content.GitHistory;
import cairn.content.LinkHealth;
import cairn.content.LinkStatusFile;
import cairn.content.LivingConfig;
import cairn.site.AssemblyMemo;
import cairn.site.Living;
import cairn.site.Site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The pipeline's "history" stage: starts reading the git history as soon as the
 * configuration is known (it runs while the content is loaded and rendered), then attaches
 * page dates, the resource index and the recorded link health ({@code link-status.json})
 * to the assembled site. Never touches the network.
 */
final class LivingStage {

    private LivingStage() {
    }

    static CompletableFuture<GitHistory.Result> startHistory(Path source, LivingConfig config, Optional<Path> cacheDir) {
        return config.gitDates() ? GitHistory.start(source, cacheDir)
                : CompletableFuture.completedFuture(new GitHistory.Result(FileHistory.NONE, Optional.empty()));
    }

    static Site attach(Site site, Path source, LivingConfig config, CompletableFuture<GitHistory.Result> history,
                       AssemblyMemo memo, Diagnostics diagnostics) {
        GitHistory.Result result;
        try {
            result = history.join();
        } catch (CompletionException e) {
            result = new GitHistory.Result(FileHistory.NONE, Optional.empty());
        }
        result.warning().ifPresent(diagnostics::add);
        LinkHealth health;
        try {
            health = LinkStatusFile.read(source);
        } catch (IOException e) {
            diagnostics.warning("link-status", SourcePos.of(Path.of(LinkStatusFile.NAME)), e.getMessage()
                    + "; dead links are shown as written (run cairn check --external to write it again)");
            health = LinkHealth.NONE;
        }
        return site.withLiving(Living.of(site, config, result.history(), health, memo));
    }
}
