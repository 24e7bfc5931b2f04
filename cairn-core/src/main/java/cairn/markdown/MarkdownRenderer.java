package cairn.markdown;

import cairn.content.PageSource;
import cairn.content.SourceFile;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders page bodies with flexmark, configured once (thread-safe, shared by all pages):
 * GFM tables, fenced code with a {@code language-} class, autolinks, strikethrough,
 * footnotes, definition lists, raw HTML passed through, heading attributes
 * ({@code ## Title {#id .class}}, handled by {@link HeadingIds}), admonitions in MkDocs and
 * GitHub syntax ({@link Admonitions}), task lists ({@link TaskItems}), the {@code [TOC]}
 * marker ({@link TocMarkers}),
 * typographic quotes only when asked for. Links are taken from the syntax tree, so a URL
 * inside a code block is never a link, and each keeps the offset where it was written.
 */
public final class MarkdownRenderer {

    /**
     * The Markdown this renderer understands beyond CommonMark, part of {@link #settings()} and
     * so of every cache key: a cairn that renders more (or differently) never reuses bodies
     * rendered before. Change it whenever the HTML of a body changes.
     */
    static final String SYNTAX = "gfm-tables,footnotes,definitions,admonitions,alerts,tasks,toc-marker";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final String basePath;
    private final String settings;

    /** {@code basePath} is the site's path prefix ({@code ""} at a domain root), added to site-relative links. */
    public MarkdownRenderer(boolean typographicQuotes, String basePath) {
        this.basePath = basePath;
        this.settings = "typographicQuotes=" + typographicQuotes + ";basePath=" + basePath + ";syntax=" + SYNTAX;
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                BareUrlLinks.create(), FootnoteExtension.create(), DefinitionExtension.create(),
                Admonitions.create(), TaskItems.create(), TocMarkers.create()));
        if (typographicQuotes) {
            extensions.add(TypographicExtension.create());
        }
        options.set(Parser.EXTENSIONS, extensions);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false); // ids are assigned by HeadingIds, one rule for all headings
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** What the output depends on besides the page text (a cache of rendered bodies compares it). */
    public String settings() {
        return settings;
    }

    /**
     * Renders one body, or explains why it cannot: nesting beyond {@link NestingGuard#MAX_DEPTH},
     * input that exhausts the parser's stack, or input on which it would backtrack for minutes
     * ({@link BoundedText}) is a diagnostic, never a crash or a hang.
     */
    public RenderResult renderSafely(PageSource page) {
        Optional<cairn.Diagnostic> tooDeep = NestingGuard.check(page);
        if (tooDeep.isPresent()) {
            return new RenderResult(Optional.empty(), tooDeep);
        }
        try {
            return new RenderResult(Optional.of(render(page)), Optional.empty());
        } catch (StackOverflowError e) {
            return new RenderResult(Optional.empty(), Optional.of(cairn.Diagnostic.error("markdown-too-deep",
                    page.source().pos(page.bodyOffset()), "the Markdown is nested too deeply to render; flatten it")));
        } catch (BoundedText.Exhausted e) {
            return new RenderResult(Optional.empty(), Optional.of(tooHard(page.source(), page.body(), page.bodyOffset(), e)));
        }
    }

    /**
     * The problem of a text the parser gave up on ({@link BoundedText}), at the {@code [} it was
     * working on when there is one shortly before, else where it stopped.
     */
    static cairn.Diagnostic tooHard(SourceFile file, String text, int base, BoundedText.Exhausted e) {
        int at = Math.min(Math.max(e.at(), 0), text.length());
        int bracket = text.lastIndexOf('[', at);
        boolean near = bracket >= 0 && at - bracket <= 2_000;
        return cairn.Diagnostic.error("markdown-too-hard", file.pos(base + (near ? bracket : at)),
                "the Markdown parser gave up here: it would take minutes or more"
                        + (near ? " (a '[' followed by many backslash escapes and no ']' makes it try every way to read them);"
                        + " write it as '\\[' or close the bracket" : "; simplify this passage"));
    }

    /** A rendered body, or the problem that stopped it. */
    public record RenderResult(Optional<RenderedMarkdown> body, Optional<cairn.Diagnostic> problem) {
    }

    public RenderedMarkdown render(PageSource page) {
        SourceFile file = page.source();
        int base = page.bodyOffset();
        Document document = parser.parse(BoundedText.of(page.body()));
        String html = renderer.render(document);
        List<cairn.markdown.LinkRef> links = new ArrayList<>();
        collectLinks(document, document, file, base, links);
        return HeadingIds.finish(html, links, basePath);
    }

    private static void collectLinks(Document document, Node root, SourceFile file, int base,
                                     List<cairn.markdown.LinkRef> out) {
        for (Node node : root.getDescendants()) {
            if (node instanceof Link link) {
                add(out, link.getUrl(), cairn.markdown.LinkRef.Kind.LINK, file, base);
            } else if (node instanceof Image image) {
                add(out, image.getUrl(), cairn.markdown.LinkRef.Kind.IMAGE, file, base);
            } else if (node instanceof LinkRef ref && ref.isDefined()) {
                Reference def = ref.getReferenceNode(document);
                if (def != null) {
                    add(out, def.getUrl(), cairn.markdown.LinkRef.Kind.LINK, file, base);
                }
            } else if (node instanceof ImageRef ref && ref.isDefined()) {
                Reference def = ref.getReferenceNode(document);
                if (def != null) {
                    add(out, def.getUrl(), cairn.markdown.LinkRef.Kind.IMAGE, file, base);
                }
            } else if (node instanceof AutoLink auto) {
                // a bare www. address is rendered with http://, and checked as it is rendered
                boolean www = auto.getUrl().toString().regionMatches(true, 0, "www.", 0, 4);
                add(out, www ? "http://" : "", auto.getUrl(), cairn.markdown.LinkRef.Kind.LINK, file, base);
            } else if (node instanceof MailLink mail) {
                String text = "mailto:" + mail.getText().toString();
                out.add(new cairn.markdown.LinkRef(text, cairn.markdown.LinkRef.Kind.LINK,
                        file.pos(base + mail.getText().getStartOffset())));
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlInnerBlock) {
                RawHtmlLinks.collect(node.getChars(), file, base, out);
            }
        }
    }

    private static void add(List<cairn.markdown.LinkRef> out, BasedSequence url, cairn.markdown.LinkRef.Kind kind,
                            SourceFile file, int base) {
        add(out, "", url, kind, file, base);
    }

    private static void add(List<cairn.markdown.LinkRef> out, String scheme, BasedSequence url,
                            cairn.markdown.LinkRef.Kind kind, SourceFile file, int base) {
        String target = scheme + com.vladsch.flexmark.util.sequence.Escaping.unescapeString(url.toString());
        int at = url.isNull() || url.getStartOffset() < 0 ? 0 : url.getStartOffset();
        out.add(new cairn.markdown.LinkRef(target, kind, file.pos(base + at)));
    }
}
