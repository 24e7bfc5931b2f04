package cairn.serve;

import cairn.cache.BuildCache;
import cairn.content.ContentLoader;
import cairn.pipeline.BuildOptions;
import cairn.html.ReloadScript;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code cairn serve}: binds the port, builds the site into memory, serves it, and
 * rebuilds and reloads the browser on every change until {@link #close()}. The site's
 * {@code base_url} is replaced by the server's own address so every link works locally.
 * Nothing is written to disk: {@code public/} is never touched.
 */
public final class DevServer implements AutoCloseable {

    private final HttpServer http;
    private final ExecutorService workers;
    private final ScheduledExecutorService pings;
    private final LiveReload reload;
    private final ChangeWatcher watcher;
    private final URI url;
    private boolean closed;

    private DevServer(HttpServer http, ExecutorService workers, ScheduledExecutorService pings, LiveReload reload,
                      ChangeWatcher watcher, URI url) {
        this.http = http;
        this.workers = workers;
        this.pings = pings;
        this.reload = reload;
        this.watcher = watcher;
        this.url = url;
    }

    /**
     * Binds, builds and starts serving; returns once the first build is served (with the
     * error page when it failed).
     *
     * @throws PortInUseException when the port is taken
     */
    public static DevServer start(ServeOptions options, ServeListener listener) throws IOException {
        Path given = options.source().toAbsolutePath().normalize();
        // a one-file guide (cairn serve README.md): its directory is the site directory
        boolean oneFile = ContentLoader.isMarkdown(given) && !Files.isDirectory(given);
        Path source = oneFile ? given.getParent() : given;
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 64);
        } catch (BindException e) {
            throw new PortInUseException(options.bind(), options.port());
        }
        URI url = URI.create("http://" + host(options.bind()) + ":" + http.getAddress().getPort() + "/");
        LiveReload reload = new LiveReload();
        BuildOptions build = BuildOptions.of(source, source.resolve("public")).withDrafts(options.drafts())
                .withSourceFile(oneFile ? Optional.of(given.getFileName().toString()) : Optional.empty())
                .withBaseUrl(url.toString().replaceAll("/$", ""));
        // its own part of .cairn/cache: serve renders for the server's root, a build for base_url's path, and
        // each store drops the packs its builds do not use, so sharing one would make them evict each other
        BuildCache cache = options.buildCache() ? new BuildCache(BuildCache.directoryOf(source).resolve("serve"))
                : new BuildCache();
        LiveSite site = new LiveSite(build, cache, listener, reload, new ReloadScript(LiveReload.SCRIPT_URL),
                options.strict());
        ChangeWatcher watcher;
        try {
            site.rebuild(Set.of());
            site.warmUp();
            watcher = ChangeWatcher.start(source, options.quiet(), site::rebuild);
        } catch (IOException | RuntimeException e) {
            http.stop(0);
            throw e;
        }
        ExecutorService workers = Executors.newCachedThreadPool(daemon("cairn-http-"));
        ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(daemon("cairn-ping-"));
        pings.scheduleAtFixedRate(reload::ping, 15, 15, TimeUnit.SECONDS);
        http.setExecutor(workers);
        http.createContext("/", new RequestHandler(site, reload));
        http.start();
        return new DevServer(http, workers, pings, reload, watcher, url);
    }

    /** Where the site is served, e.g. {@code http://127.0.0.1:1717/}. */
    public URI url() {
        return url;
    }

    /** Stops watching and serving; open event streams are closed. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        watcher.close();
        reload.close();
        http.stop(0);
        pings.shutdownNow();
        workers.shutdownNow();
    }

    private static String host(InetAddress bind) {
        if (bind.isAnyLocalAddress()) {
            return "localhost";
        }
        String h = bind.getHostAddress();
        return bind instanceof Inet6Address ? "[" + h.replaceFirst("%.*$", "") + "]" : h;
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The port is taken by another program. */
    public static final class PortInUseException extends IOException {
        private static final long serialVersionUID = 1L;

        PortInUseException(InetAddress bind, int port) {
            super("port " + port + " on " + bind.getHostAddress() + " is already in use; choose another with --port,"
                    + " or --port 0 for any free port");
        }
    }
}
