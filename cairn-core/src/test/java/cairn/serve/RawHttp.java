package cairn.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request line exactly as written (no client library normalising {@code ..} or
 * escapes away), over HTTP/1.0, and returns the status and the whole response.
 */
final class RawHttp {

    /** A response: status code and the raw text (headers and body). */
    record Response(int status, String text) {
        String body() {
            int at = text.indexOf("\r\n\r\n");
            return at < 0 ? "" : text.substring(at + 4);
        }

        String header(String name) {
            for (String line : text.substring(0, Math.max(0, text.indexOf("\r\n\r\n"))).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    static Response send(URI site, String method, String target, String... headers) throws IOException {
        try (Socket socket = new Socket(site.getHost(), site.getPort())) {
            socket.setSoTimeout(60_000);
            StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.0\r\nHost: " + site.getHost()
                    + "\r\n");
            for (String h : headers) {
                request.append(h).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            String[] statusLine = text.split("\r\n", 2)[0].split(" ");
            return new Response(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1, text);
        }
    }

    static Response get(URI site, String target, String... headers) throws IOException {
        return send(site, "GET", target, headers);
    }
}
