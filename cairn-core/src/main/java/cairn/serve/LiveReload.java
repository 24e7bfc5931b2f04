package cairn.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells open browser tabs to reload, over Server-Sent Events ({@value #EVENTS_URL}).
 * Every event carries the build generation: {@code hello} on connect, {@code reload}
 * after a good build, {@code failed} after a build with errors (the page then reloads
 * to show the error overlay). A tab that reconnects after a restart and sees a
 * different generation reloads too. The script ({@value #SCRIPT_URL}) is the only code
 * cairn adds to pages, and only in serve mode.
 */
final class LiveReload implements AutoCloseable {

    static final String EVENTS_URL = "/__cairn/events";
    static final String SCRIPT_URL = "/__cairn/reload.js";
    static final String SCRIPT = """
            // cairn serve: reload this page when the site is rebuilt
            (function () {
              var first = null;
              var events = new EventSource('%s');
              function onEvent(e) {
                if (e.type === 'hello' && (first === null || first === e.data)) { first = e.data; return; }
                location.reload();
              }
              ['hello', 'reload', 'failed'].forEach(function (t) { events.addEventListener(t, onEvent); });
              var banner = document.getElementById('%s');
              var dismissed = null;
              try { dismissed = sessionStorage.getItem('cairn-dismissed'); } catch (x) { }
              if (banner && dismissed && dismissed === banner.getAttribute('data-cairn-key')) { banner.remove(); }
              document.addEventListener('click', function (e) {
                if (e.target && e.target.hasAttribute && e.target.hasAttribute('data-cairn-dismiss')) {
                  var box = e.target.closest('#%s, #%s');
                  if (!box) { return; }
                  if (box.hasAttribute('data-cairn-key')) {
                    try { sessionStorage.setItem('cairn-dismissed', box.getAttribute('data-cairn-key')); } catch (x) { }
                  }
                  box.remove();
                }
              });
            })();
            """.formatted(EVENTS_URL, cairn.html.ProblemBanner.ID, cairn.html.ErrorOverlay.ID,
            cairn.html.ProblemBanner.ID);

    private final Set<OutputStream> clients = ConcurrentHashMap.newKeySet();
    private volatile long generation;

    /** Keeps {@code exchange} open as an event stream; the handler thread returns at once. */
    void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        clients.add(out);
        write(out, "retry: 500\nevent: hello\ndata: " + generation + "\n\n");
    }

    /** Sends {@code event} to every open tab, dropping the ones that went away. */
    void send(String event, long gen) {
        this.generation = gen;
        for (OutputStream out : clients) {
            write(out, "event: " + event + "\ndata: " + gen + "\n\n");
        }
    }

    /** A comment line nobody sees; it finds connections the browser closed. */
    void ping() {
        for (OutputStream out : clients) {
            write(out, ": ping\n\n");
        }
    }

    int clientCount() {
        return clients.size();
    }

    @Override
    public void close() {
        for (OutputStream out : clients) {
            drop(out);
        }
    }

    private void write(OutputStream out, String text) {
        try {
            synchronized (out) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            drop(out);
        }
    }

    private void drop(OutputStream out) {
        clients.remove(out);
        try {
            out.close();
        } catch (IOException ignored) {
            // the connection is gone already
        }
    }
}
