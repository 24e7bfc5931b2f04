package cairn.serve;

import cairn.BuildException;
import cairn.Diagnostic;
import cairn.html.ErrorOverlay;
import cairn.site.SiteAssembler;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Answers {@code GET} and {@code HEAD} like a static host would: the site's files by
 * path, {@code index.html} for directories, a redirect from {@code /dir} to
 * {@code /dir/}, the site's own 404 page with status 404, a content type by extension,
 * and {@code ETag} / {@code Last-Modified} with 304 answers to conditional requests.
 * Paths are checked by {@link RequestPath} (400 when refused) and looked up among the
 * site's files, never resolved against the file system. While the latest build has
 * errors, every page gets the {@link ErrorOverlay}; a previewed build's pages carry their
 * problems in a {@link cairn.html.ProblemBanner}, and a page that could not be made is
 * an error page (500) with its errors.
 */
final class RequestHandler implements HttpHandler {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final LiveSite site;
    private final LiveReload reload;

    RequestHandler(LiveSite site, LiveReload reload) {
        this.site = site;
        this.reload = reload;
    }

    /** A file to send: its bytes, type and modification time (epoch milliseconds). */
    private record Resource(byte[] bytes, String type, long modified) {
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "method not allowed");
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            if (LiveReload.EVENTS_URL.equals(raw)) {
                reload.open(exchange);
                return; // the stream stays open
            }
            if (LiveReload.SCRIPT_URL.equals(raw)) {
                send(exchange, 200, new Resource(LiveReload.SCRIPT.getBytes(StandardCharsets.UTF_8),
                        ContentTypes.of(raw), 0));
                return;
            }
            Optional<RequestPath> path = RequestPath.parse(raw);
            if (path.isEmpty()) {
                sendText(exchange, 400, "bad request path");
                return;
            }
            serve(exchange, path.get());
        } catch (IOException e) {
            exchange.close(); // the browser went away
        }
    }

    private void serve(HttpExchange exchange, RequestPath path) throws IOException {
        Optional<SiteSnapshot> snapshot = site.snapshot();
        if (snapshot.isEmpty()) {
            byte[] page = new ErrorOverlay(site.errors(), "cairn: the site has errors; fix them and this page reloads")
                    .page("Build failed").getBytes(StandardCharsets.UTF_8);
            send(exchange, 500, new Resource(withReload(page), ContentTypes.of(".html"), site.changedAt()));
            return;
        }
        try {
            Optional<Resource> found = find(snapshot.get(), path.file());
            if (found.isPresent()) {
                if (ContentTypes.isHtml(path.file())) {
                    site.viewed(path.file());
                }
                send(exchange, 200, found.get());
                return;
            }
            Optional<List<Diagnostic>> unmade = snapshot.get().problems().unmade(path.file());
            if (unmade.isPresent()) {
                byte[] page = new ErrorOverlay(unmade.get(), "cairn: this page cannot be made; the other pages are served")
                        .page("Page error").getBytes(StandardCharsets.UTF_8);
                send(exchange, 500, new Resource(withReload(page), ContentTypes.of(".html"), site.changedAt()));
                return;
            }
            if (!path.path().endsWith("/") && find(snapshot.get(), path.path() + "/index.html").isPresent()) {
                exchange.getResponseHeaders().set("Location", path.path() + "/");
                sendText(exchange, 301, "moved to " + path.path() + "/");
                return;
            }
            Optional<Resource> notFound = find(snapshot.get(), SiteAssembler.NOT_FOUND_URL);
            if (notFound.isPresent()) {
                send(exchange, 404, notFound.get());
            } else {
                sendText(exchange, 404, "not found");
            }
        } catch (BuildException e) {
            site.renderFailed(e);
            byte[] page = new ErrorOverlay(e.diagnostics(), "cairn: this page cannot be rendered")
                    .page("Template error").getBytes(StandardCharsets.UTF_8);
            send(exchange, 500, new Resource(withReload(page), ContentTypes.of(".html"), site.changedAt()));
        }
    }

    private Optional<Resource> find(SiteSnapshot snapshot, String url) throws IOException {
        Optional<Path> file = snapshot.staticFile(url);
        if (file.isPresent()) {
            try {
                return Optional.of(new Resource(Files.readAllBytes(file.get()), ContentTypes.of(url),
                        Files.getLastModifiedTime(file.get()).toMillis()));
            } catch (NoSuchFileException e) {
                return Optional.empty(); // deleted since the last build; the next one drops it
            }
        }
        Optional<byte[]> page = snapshot.rendered(url);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = page.get();
        List<Diagnostic> errors = site.errors();
        if (!errors.isEmpty() && ContentTypes.isHtml(url)) {
            String withOverlay = new ErrorOverlay(errors, "cairn: the site has errors; showing the last good build")
                    .apply(new String(bytes, StandardCharsets.UTF_8));
            bytes = withOverlay.getBytes(StandardCharsets.UTF_8);
        }
        return Optional.of(new Resource(bytes, ContentTypes.of(url), site.changedAt()));
    }

    private byte[] withReload(byte[] page) {
        return new cairn.html.ReloadScript(LiveReload.SCRIPT_URL).apply(new String(page, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, Resource resource) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        String etag = etag(resource.bytes);
        headers.set("Content-Type", resource.type);
        headers.set("Cache-Control", "no-cache");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("ETag", etag);
        long seconds = resource.modified / 1000;
        if (resource.modified > 0) {
            headers.set("Last-Modified", HTTP_DATE.format(ZonedDateTime.ofInstant(Instant.ofEpochSecond(seconds),
                    ZoneOffset.UTC)));
        }
        if (status == 200 && notModified(exchange.getRequestHeaders(), etag, seconds, resource.modified > 0)) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head) {
            headers.set("Content-Length", Long.toString(resource.bytes.length));
        }
        exchange.sendResponseHeaders(status, head ? -1 : resource.bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(resource.bytes);
            }
        }
        exchange.close();
    }

    private static boolean notModified(Headers request, String etag, long modifiedSeconds, boolean hasDate) {
        String match = request.getFirst("If-None-Match");
        if (match != null) {
            for (String tag : match.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        String since = request.getFirst("If-Modified-Since");
        if (since == null || !hasDate) {
            return false;
        }
        try {
            return ZonedDateTime.parse(since, HTTP_DATE).toEpochSecond() >= modifiedSeconds;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
