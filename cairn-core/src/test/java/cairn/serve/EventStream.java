package cairn.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The live-reload event stream as a browser's EventSource reads it, over a plain socket
 * (HTTP/1.0, so the body is the raw stream): events are queued as they arrive, so a test
 * waits for the next one with a deadline instead of sleeping.
 */
final class EventStream implements AutoCloseable {

    /** One server-sent event. */
    record Event(String type, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Socket socket;

    EventStream(URI site) throws IOException {
        socket = new Socket(site.getHost(), site.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + LiveReload.EVENTS_URL + " HTTP/1.0\r\nHost: " + site.getHost() + "\r\n"
                + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String status = in.readLine();
        if (status == null || !status.contains(" 200 ")) {
            throw new IOException("event stream answered " + status);
        }
        String header;
        while ((header = in.readLine()) != null && !header.isEmpty()) {
            // skip the response headers
        }
        Thread reader = new Thread(() -> read(in), "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next event, waiting at most {@code timeout}; fails the test when none comes. */
    Event next(Duration timeout) throws InterruptedException {
        Event e = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (e == null) {
            throw new AssertionError("no live-reload event within " + timeout);
        }
        return e;
    }

    /** Skips events until one of {@code type} arrives. */
    Event next(String type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event e = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (e.type().equals(type)) {
                return e;
            }
        }
    }

    private void read(BufferedReader in) {
        try {
            String type = "message";
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(type, data.toString()));
                    }
                    type = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    type = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
