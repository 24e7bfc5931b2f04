package cairn.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A misbehaving web server on 127.0.0.1, written on a plain {@link ServerSocket} so it can
 * break HTTP in ways a real server library will not: each connection's request head is
 * read, then the {@link Behaviour} does what it likes with the socket. The server counts
 * requests and the bytes it managed to write before the client went away, so tests can
 * show that the checker stopped reading.
 */
final class HostileServer implements AutoCloseable {

    /** What the server does after reading one request head ("GET /x HTTP/1.1\r\n…"). */
    @FunctionalInterface
    interface Behaviour {
        void serve(Request request, Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    /** The request line's method and path, its header lines, and when it arrived ({@code System.nanoTime()}). */
    record Request(String method, String path, String head, long at) {
    }

    private final ServerSocket socket;
    private final List<Request> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong written = new AtomicLong();
    private int open;

    HostileServer(ExecutorService threads, Behaviour behaviour) throws IOException {
        socket = new ServerSocket(0, 200, InetAddress.getByName("127.0.0.1"));
        threads.execute(() -> {
            while (!socket.isClosed()) {
                Socket c;
                try {
                    c = socket.accept();
                } catch (IOException closed) {
                    return;
                }
                opened(1);
                threads.execute(() -> handle(c, behaviour));
            }
        });
    }

    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    int port() {
        return socket.getLocalPort();
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Bytes written to clients so far (a write that failed because the client closed is not counted). */
    long written() {
        return written.get();
    }

    /** Waits until every connection so far has ended, at most {@code millis}; whether they did. */
    synchronized boolean awaitAllClosed(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (open > 0 && System.nanoTime() < deadline) {
            wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        return open == 0;
    }

    private synchronized void opened(int delta) {
        open += delta;
        notifyAll();
    }

    private void handle(Socket c, Behaviour behaviour) {
        try (c) {
            Request r = readHead(c.getInputStream());
            if (r == null) {
                return;
            }
            requests.add(r);
            behaviour.serve(r, c, new CountingStream(c.getOutputStream()));
        } catch (IOException gone) {
            // the client closed the connection: what the tests want to see
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            opened(-1);
        }
    }

    private static Request readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
        if (matched < 4) {
            return null;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        String[] line = text.substring(0, text.indexOf("\r\n")).split(" ");
        return new Request(line[0], line.length > 1 ? line[1] : "", text, System.nanoTime());
    }

    // The behaviours of the hostile-server suite (HostileServersTest) and its benchmark.

    /** Reads the request and never answers. */
    static Behaviour silent() {
        return (r, c, out) -> awaitClientClose(c);
    }

    /** Sends a status line and then a header one byte at a time, {@code millis} apart, for ever. */
    static Behaviour drip(long millis) {
        return (r, c, out) -> {
            out.write(ascii("HTTP/1.1 200 OK\r\nX-Drip: "));
            while (true) {
                out.write('a');
                out.flush();
                Thread.sleep(millis); // the behaviour itself (a slow server), not synchronisation
            }
        };
    }

    /** Refuses HEAD; answers GET with whole headers, then a body of one byte every {@code millis}, for ever. */
    static Behaviour dripBody(long millis) {
        return (r, c, out) -> {
            if (refusedHead(r, out)) {
                return;
            }
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"));
            while (true) {
                out.write('b');
                out.flush();
                Thread.sleep(millis); // the behaviour itself (a slow server), not synchronisation
            }
        };
    }

    /** Refuses HEAD; answers GET with a chunked body that never ends. */
    static Behaviour endlessBody() {
        byte[] chunk = ascii(Integer.toHexString(16 * 1024) + "\r\n" + "x".repeat(16 * 1024) + "\r\n");
        return (r, c, out) -> {
            if (refusedHead(r, out)) {
                return;
            }
            c.setSendBufferSize(16 * 1024);
            out.write(ascii("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"));
            while (true) {
                out.write(chunk);
            }
        };
    }

    /** Refuses HEAD; answers GET with 32 MiB of gzip that inflates to 32 GiB of zeros. */
    static Behaviour gzipBomb() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(b)) {
            z.write(new byte[8 << 20]);
        }
        byte[] member = b.toByteArray(); // gzip members may be concatenated: 4096 of them
        int members = 4096;
        return (r, c, out) -> {
            if (refusedHead(r, out)) {
                return;
            }
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                    + "Content-Length: " + (long) member.length * members + "\r\n\r\n"));
            for (int i = 0; i < members; i++) {
                out.write(member);
            }
        };
    }

    /** {@code …/a} redirects to {@code …/b} and back. */
    static Behaviour redirectLoop() {
        return (r, c, out) -> answer(out, 302, "Location: " + r.path().substring(0, r.path().length() - 1)
                + (r.path().endsWith("a") ? "b" : "a"));
    }

    /** {@code …/hop/N} redirects to {@code …/hop/N+1} until {@code hops}, which answers 200. */
    static Behaviour redirectChain(int hops) {
        return (r, c, out) -> {
            int at = r.path().lastIndexOf('/') + 1;
            int n = Integer.parseInt(r.path().substring(at));
            if (n < hops) {
                answer(out, 302, "Location: " + r.path().substring(0, at) + (n + 1));
            } else {
                answer(out, 200);
            }
        };
    }

    static Behaviour redirectTo(String location) {
        return (r, c, out) -> answer(out, 301, "Location: " + location);
    }

    /** Sends half a header line, then resets the connection. */
    static Behaviour resetMidHeaders() {
        return (r, c, out) -> {
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Ty"));
            out.flush();
            c.setSoLinger(true, 0); // closing now sends a TCP reset instead of a FIN
        };
    }

    /** Refuses HEAD; answers GET with 1,000 of the 100,000 bytes it announced, then closes. */
    static Behaviour droppedMidResponse() {
        return (r, c, out) -> {
            if (refusedHead(r, out)) {
                return;
            }
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + "x".repeat(1000)));
            out.flush();
        };
    }

    /** Answers with something that is not HTTP. */
    static Behaviour garbage() {
        return (r, c, out) -> {
            out.write(ascii("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n\r\n"));
            out.flush();
        };
    }

    static Behaviour tooManyRequests(long retryAfterSeconds) {
        return (r, c, out) -> answer(out, 429, "Retry-After: " + retryAfterSeconds);
    }

    /** A status line, then header lines for ever. */
    static Behaviour endlessHeaders() {
        byte[] line = ascii("X-Padding: " + "p".repeat(1000) + "\r\n");
        return (r, c, out) -> {
            out.write(ascii("HTTP/1.1 200 OK\r\n"));
            while (true) {
                out.write(line);
            }
        };
    }

    private static boolean refusedHead(Request r, OutputStream out) throws IOException {
        if (r.method().equals("HEAD")) {
            answer(out, 405);
            return true;
        }
        return false;
    }

    /** Writes a complete plain answer and closes the connection. */
    static void answer(OutputStream out, int status, String... headers) throws IOException {
        StringBuilder b = new StringBuilder("HTTP/1.1 " + status + " X\r\nContent-Length: 0\r\nConnection: close\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        out.write(b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Blocks until the client closes the connection (or resets it). */
    static void awaitClientClose(Socket c) {
        try {
            while (c.getInputStream().read() >= 0) {
                // the client sends nothing more; read until it goes away
            }
        } catch (IOException reset) {
            // gone as well
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    private final class CountingStream extends OutputStream {
        private final OutputStream out;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written.addAndGet(len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
