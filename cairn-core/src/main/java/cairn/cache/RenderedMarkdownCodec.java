package cairn.cache;

import cairn.markdown.ExternalLink;
import cairn.markdown.Heading;
import cairn.markdown.LinkRef;
import cairn.markdown.RenderedMarkdown;
import cairn.SourcePos;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link RenderedMarkdown} as bytes, for {@link MarkdownPack}: every field in declaration
 * order, strings as UTF-8 with an int length. The pack frames each payload with its key,
 * length and checksum and names the format in its header, so the payload carries neither.
 * Decoding bytes that do not make exactly one body throws {@link IOException} (or a
 * runtime exception, such as a buffer underflow, for an impossible value), which the
 * store counts as a miss. Strings are decoded straight from the record's bytes.
 */
final class RenderedMarkdownCodec {

    private RenderedMarkdownCodec() {
    }

    static void encode(RenderedMarkdown b, DataOutputStream out) throws IOException {
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
        strings(out, b.sections());
        out.writeInt(b.externalLinks().size());
        for (ExternalLink l : b.externalLinks()) {
            string(out, l.url());
            string(out, l.text());
            string(out, l.comment());
            optional(out, l.sectionId());
            optional(out, l.sectionTitle());
            out.writeBoolean(l.listItem());
        }
    }

    static RenderedMarkdown decode(byte[] bytes, int offset, int length) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        String html = string(in);
        List<Heading> headings = new ArrayList<>();
        for (int i = in.getInt(); i > 0; i--) {
            headings.add(new Heading(in.getInt(), string(in), string(in)));
        }
        Set<String> ids = new LinkedHashSet<>(strings(in));
        List<LinkRef> links = new ArrayList<>();
        for (int i = in.getInt(); i > 0; i--) {
            String target = string(in);
            LinkRef.Kind kind = LinkRef.Kind.values()[in.getInt()];
            String file = string(in);
            SourcePos where = new SourcePos(file.isEmpty() ? null : Path.of(file), in.getInt(), in.getInt());
            links.add(new LinkRef(target, kind, where));
        }
        List<String> handSeeAlso = strings(in);
        String searchWords = string(in);
        List<String> sections = strings(in);
        List<ExternalLink> external = new ArrayList<>();
        for (int i = in.getInt(); i > 0; i--) {
            external.add(new ExternalLink(string(in), string(in), string(in), optional(in), optional(in), in.get() != 0));
        }
        if (in.hasRemaining()) {
            throw new IOException(in.remaining() + " bytes after the body");
        }
        return new RenderedMarkdown(html, headings, ids, links, handSeeAlso, searchWords, sections, external);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void optional(DataOutputStream out, Optional<String> s) throws IOException {
        out.writeBoolean(s.isPresent());
        if (s.isPresent()) {
            string(out, s.get());
        }
    }

    private static Optional<String> optional(ByteBuffer in) throws IOException {
        return in.get() != 0 ? Optional.of(string(in)) : Optional.empty();
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    /** A string straight from the record's bytes: one copy, into the string itself. */
    private static String string(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IOException("bad length " + n);
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }

    private static List<String> strings(ByteBuffer in) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = in.getInt(); i > 0; i--) {
            out.add(string(in));
        }
        return out;
    }
}
