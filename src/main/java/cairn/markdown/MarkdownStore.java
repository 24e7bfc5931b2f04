package cairn.markdown;

import cairn.SourcePos;
import cairn.content.PageSource;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * Rendered Markdown kept on disk between builds ({@code .cairn/cache/markdown/}), one file
 * per page body, named by the SHA-256 of everything the rendering depends on: the cairn
 * version (and the build of its code), the renderer's settings, the file's display path
 * and its full text. A file whose header, format or checksum is wrong is a miss, never a
 * wrong page; a failed read or write only costs a re-render. Thread-safe.
 */
public final class MarkdownStore {

    private static final int MAGIC = 0x43414d44; // "CAMD"
    private static final int FORMAT = 2; // 2: search words instead of the plain text

    private final Path dir;
    private final String codeVersion;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    public MarkdownStore(Path dir) {
        this.dir = dir;
        this.codeVersion = codeVersion();
    }

    /** Reads, hits and misses since this store was opened. */
    public int hits() {
        return hits.get();
    }

    public int misses() {
        return misses.get();
    }

    String key(PageSource page, String settings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of("v" + FORMAT, codeVersion, settings,
                    page.source().displayPath().toString().replace('\\', '/'), page.source().text())) {
                byte[] b = part.getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(4).putInt(b.length).array());
                sha.update(b);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<RenderedMarkdown> get(String key) {
        used.add(key);
        Path file = dir.resolve(key);
        try {
            byte[] all = Files.readAllBytes(file);
            Optional<RenderedMarkdown> body = decode(all);
            (body.isPresent() ? hits : misses).incrementAndGet();
            return body;
        } catch (IOException | RuntimeException e) {
            misses.incrementAndGet();
            return Optional.empty();
        }
    }

    void put(String key, RenderedMarkdown body) {
        used.add(key);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".tmp-", "");
            Files.write(tmp, encode(body));
            Files.move(tmp, dir.resolve(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only makes the next build slower
        }
    }

    /** Deletes the entries this build did not use (changed or deleted pages, older versions). */
    public void prune() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (!used.contains(f.getFileName().toString())) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            // stale entries are harmless: their keys are never asked for again
        }
    }

    static byte[] encode(RenderedMarkdown b) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(b.html().length() + b.searchWords().length() + 256);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        string(out, b.html());
        out.writeInt(b.headings().size());
        for (Heading h : b.headings()) {
            out.writeInt(h.level());
            string(out, h.id());
            string(out, h.text());
        }
        strings(out, new ArrayList<>(b.ids()));
        out.writeInt(b.links().size());
        for (LinkRef l : b.links()) {
            string(out, l.target());
            out.writeInt(l.kind().ordinal());
            string(out, l.where().hasFile() ? l.where().file().toString() : "");
            out.writeInt(l.where().line());
            out.writeInt(l.where().column());
        }
        strings(out, b.handSeeAlso());
        string(out, b.searchWords());
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        return bytes.toByteArray();
    }

    static Optional<RenderedMarkdown> decode(byte[] all) throws IOException {
        if (all.length < 16) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(all, 0, all.length - 8);
        if (crc.getValue() != ByteBuffer.wrap(all, all.length - 8, 8).getLong()) {
            return Optional.empty();
        }
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all, 0, all.length - 8));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            return Optional.empty();
        }
        String html = string(in);
        List<Heading> headings = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            headings.add(new Heading(in.readInt(), string(in), string(in)));
        }
        Set<String> ids = new LinkedHashSet<>(strings(in));
        List<LinkRef> links = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String target = string(in);
            LinkRef.Kind kind = LinkRef.Kind.values()[in.readInt()];
            String file = string(in);
            SourcePos where = new SourcePos(file.isEmpty() ? null : Path.of(file), in.readInt(), in.readInt());
            links.add(new LinkRef(target, kind, where));
        }
        List<String> handSeeAlso = strings(in);
        String text = string(in);
        return in.available() == 0 ? Optional.of(new RenderedMarkdown(html, headings, ids, links, handSeeAlso, text))
                : Optional.empty();
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad length " + n);
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            out.add(string(in));
        }
        return out;
    }

    /** The release, plus when its code was built: a rebuilt development jar never reads an older one's entries. */
    public static String codeVersion() {
        String release = String.valueOf(MarkdownStore.class.getPackage().getImplementationVersion());
        try {
            var source = MarkdownStore.class.getProtectionDomain().getCodeSource();
            Path code = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(code)) {
                code = code.resolve(MarkdownRenderer.class.getName().replace('.', '/') + ".class");
            }
            return release + "@" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return release;
        }
    }
}
