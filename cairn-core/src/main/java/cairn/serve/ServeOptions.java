package cairn.serve;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to serve: the site directory, the address and port to listen on ({@code 0}: any
 * free port), whether drafts are shown, how long the files must stay quiet after a
 * change before the site is rebuilt (a burst of saves makes one rebuild), and whether the
 * rendered Markdown is kept on disk between runs ({@code .cairn/cache/serve}), so a restart
 * renders only what changed meanwhile. Unless {@code strict}, problems that do not stop a
 * page from being made (broken links, warnings) are shown in the pages, which are all
 * served; {@code strict} serves only a site that {@code cairn build} would accept.
 */
public record ServeOptions(Path source, InetAddress bind, int port, boolean drafts, Duration quiet,
                           boolean buildCache, boolean strict) {

    public static final int DEFAULT_PORT = 1717;
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(30);

    public ServeOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
    }

    /** Options that show problems in the pages instead of failing ({@code strict} off). */
    public ServeOptions(Path source, InetAddress bind, int port, boolean drafts, Duration quiet, boolean buildCache) {
        this(source, bind, port, drafts, quiet, buildCache, false);
    }

    public static ServeOptions of(Path source, InetAddress bind, int port) {
        return new ServeOptions(source, bind, port, false, DEFAULT_QUIET, true);
    }

    public ServeOptions withDrafts(boolean include) {
        return new ServeOptions(source, bind, port, include, quiet, buildCache, strict);
    }

    public ServeOptions withBuildCache(boolean use) {
        return new ServeOptions(source, bind, port, drafts, quiet, use, strict);
    }

    public ServeOptions withStrict(boolean failOnErrors) {
        return new ServeOptions(source, bind, port, drafts, quiet, buildCache, failOnErrors);
    }
}
