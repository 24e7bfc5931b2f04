package cairn.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one {@code git log --no-merges -M --format=%x1e%H%x1f%aI --raw -p --unified=0}
 * into a {@link FileHistory}: the raw lines ({@code :100644 100644 a b R087\told\tnew})
 * say which files each commit added, changed, renamed or deleted; the added lines of the
 * patch ({@code +...}) which URLs it wrote. Commits are replayed oldest first, so a file
 * renamed twice keeps the date its first name was added, and a file deleted and added
 * again starts over.
 */
final class HistoryLog {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\\[\\]\"'`]+");

    private record Change(char status, String from, String to) {
    }

    private record Commit(LocalDate date, List<Change> changes, List<String> urls) {
    }

    private HistoryLog() {
    }

    /** Reads the log from {@code in}; {@code prefix} is the site directory's path in the repository ({@code ""} or {@code docs/}). */
    static FileHistory parse(BufferedReader in, String prefix) throws IOException {
        List<Commit> commits = new ArrayList<>();
        Commit current = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("\u001e")) {
                int sep = line.indexOf('\u001f');
                current = new Commit(LocalDate.parse(line.substring(sep + 1, sep + 11)), new ArrayList<>(),
                        new ArrayList<>());
                commits.add(current);
            } else if (current == null) {
                continue;
            } else if (line.startsWith(":")) {
                String[] fields = line.split("\t");
                String meta = fields[0];
                char status = meta.charAt(meta.lastIndexOf(' ') + 1);
                String from = unquote(fields[1]);
                String to = fields.length > 2 ? unquote(fields[2]) : from;
                current.changes().add(new Change(status, from, to));
            } else if (line.startsWith("+") && !line.startsWith("+++ ")) {
                Matcher m = URL.matcher(line);
                while (m.find()) {
                    current.urls().add(m.group().replaceAll("[.,;:!?*_]+$", ""));
                }
            }
        }
        return replay(commits, prefix);
    }

    private static FileHistory replay(List<Commit> newestFirst, String prefix) {
        Map<String, FileHistory.Dates> files = new HashMap<>();
        Map<String, LocalDate> urls = new HashMap<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Commit c = newestFirst.get(i);
            for (Change ch : c.changes()) {
                FileHistory.Dates old = files.get(ch.from());
                switch (ch.status()) {
                    case 'D' -> files.remove(ch.from());
                    case 'R' -> {
                        files.remove(ch.from());
                        files.put(ch.to(), old == null ? new FileHistory.Dates(c.date(), c.date())
                                : new FileHistory.Dates(old.created(), later(old.updated(), c.date())));
                    }
                    case 'A', 'C' -> files.put(ch.to(), new FileHistory.Dates(c.date(), c.date()));
                    default -> files.put(ch.to(), old == null ? new FileHistory.Dates(c.date(), c.date())
                            : new FileHistory.Dates(old.created(), later(old.updated(), c.date())));
                }
            }
            for (String url : c.urls()) {
                urls.merge(url, c.date(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<String, FileHistory.Dates> relative = new HashMap<>();
        files.forEach((path, dates) -> {
            if (path.startsWith(prefix)) {
                relative.put(path.substring(prefix.length()), dates);
            }
        });
        return new FileHistory(relative, urls);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A path as git prints it: C-quoted ({@code "a\tb"}, octal UTF-8 bytes) when it has special characters. */
    static String unquote(String path) {
        if (path.length() < 2 || path.charAt(0) != '"' || path.charAt(path.length() - 1) != '"') {
            return path;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 1; i < path.length() - 1; i++) {
            char c = path.charAt(i);
            if (c != '\\') {
                byte[] b = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                continue;
            }
            char e = path.charAt(++i);
            switch (e) {
                case 'n' -> bytes.write('\n');
                case 't' -> bytes.write('\t');
                case 'r' -> bytes.write('\r');
                case 'a' -> bytes.write(7);
                case 'b' -> bytes.write('\b');
                case 'f' -> bytes.write('\f');
                case 'v' -> bytes.write(11);
                default -> {
                    if (e >= '0' && e <= '7') {
                        bytes.write(Integer.parseInt(path.substring(i, i + 3), 8));
                        i += 2;
                    } else {
                        bytes.write(e);
                    }
                }
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
