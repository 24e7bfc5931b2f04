package cairn.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Admonitions (call-outs) in both syntaxes documentation authors use, rendered to one
 * HTML shape:
 * <ul>
 * <li>MkDocs / Python-Markdown: {@code !!! note "Title"} followed by lines indented four
 * spaces; {@code ???} makes it collapsible (closed), {@code ???+} collapsible and open;
 * {@code !!! note ""} has no title bar. Parsed by flexmark's admonition extension (lazy
 * continuation off, as in Python-Markdown: the body must be indented).
 * <li>GitHub alerts: a block quote whose first line is {@code [!NOTE]}, {@code [!TIP]},
 * {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} ({@link GitHubAlerts}).
 * </ul>
 * The shape: {@code <div class="admonition warning" role="note" aria-label="Warning">}
 * with a {@code <p class="admonition-title">}, or {@code <details class="admonition …">}
 * with a {@code <summary class="admonition-title">} when collapsible. The second class is
 * one of five styles (note, tip, important, warning, caution) that the theme colours and
 * gives an icon; MkDocs types map onto them ({@code danger} → caution, {@code info} →
 * note, …) and keep their own name as a further class. The title is plain text, so it is
 * also a search word.
 */
final class Admonitions implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private static final Map<String, String> STYLE = Map.ofEntries(
            Map.entry("note", "note"), Map.entry("info", "note"), Map.entry("abstract", "note"),
            Map.entry("summary", "note"), Map.entry("tldr", "note"), Map.entry("todo", "note"),
            Map.entry("seealso", "note"),
            Map.entry("tip", "tip"), Map.entry("hint", "tip"), Map.entry("success", "tip"), Map.entry("check", "tip"),
            Map.entry("done", "tip"), Map.entry("example", "tip"),
            Map.entry("important", "important"), Map.entry("question", "important"), Map.entry("help", "important"),
            Map.entry("faq", "important"), Map.entry("quote", "important"), Map.entry("cite", "important"),
            Map.entry("warning", "warning"), Map.entry("attention", "warning"),
            Map.entry("caution", "caution"), Map.entry("danger", "caution"), Map.entry("error", "caution"),
            Map.entry("failure", "caution"), Map.entry("fail", "caution"), Map.entry("missing", "caution"),
            Map.entry("bug", "caution"));
    private static final Pattern CLASS_NAME = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Map<String, String> QUALIFIER_TYPES = Map.copyOf(AdmonitionExtension.getQualifierTypeMap());
    private static final Map<String, String> QUALIFIER_TITLES = Map.copyOf(AdmonitionExtension.getQualifierTitleMap());

    private Admonitions() {
    }

    static Admonitions create() {
        return new Admonitions();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(AdmonitionExtension.ALLOW_LAZY_CONTINUATION, false);
        // Set once here, as flexmark would otherwise make these defaults again for every page it
        // parses (its options are read per document), reading its icons (SVG files) from the jar
        // each time: a fifth of the Markdown stage at 2,000 pages. cairn's renderer draws no icons.
        options.set(AdmonitionExtension.TYPE_SVG_MAP, Map.of());
        options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, QUALIFIER_TYPES);
        options.set(AdmonitionExtension.QUALIFIER_TITLE_MAP, QUALIFIER_TITLES);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new CheapStart(new AdmonitionBlockParser.Factory()));
        builder.postProcessorFactory(new GitHubAlerts.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** The style class of an admonition type: one of the five the theme knows. */
    static String style(String type) {
        return STYLE.getOrDefault(type, "note");
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, this::render));
        }

        private void render(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
            String type = node.getInfo().toString().toLowerCase(Locale.ROOT);
            String style = style(type);
            String label = type.isEmpty() ? "Note" : Character.toUpperCase(type.charAt(0)) + type.substring(1);
            String classes = "admonition " + style
                    + (!type.equals(style) && CLASS_NAME.matcher(type).matches() ? " " + type : "");
            BasedSequence marker = node.getOpeningMarker();
            boolean collapsible = marker.startsWith("???");
            String title = node.getTitleChars().isNull() ? label
                    : Escaping.unescapeString(node.getTitle().toString()).strip();
            String tag = collapsible ? "details" : "div";
            html.line();
            html.raw("<" + tag + " class=\"" + classes + "\"" + (collapsible ? "" : " role=\"note\"")
                    + " aria-label=\"" + Escaping.escapeHtml(label, true) + "\""
                    + (marker.equals("???+") ? " open" : "") + ">");
            html.line();
            if (collapsible) {
                html.raw("<summary class=\"admonition-title\">"
                        + Escaping.escapeHtml(title.isEmpty() ? label : title, false) + "</summary>");
                html.line();
            } else if (!title.isEmpty()) {
                html.raw("<p class=\"admonition-title\">" + Escaping.escapeHtml(title, false) + "</p>");
                html.line();
            }
            context.renderChildren(node);
            html.line();
            html.raw("</" + tag + ">");
            html.line();
        }
    }

    /**
     * flexmark's admonition parser compiles its regular expression on every line it is
     * asked about; this asks it only about lines that start with {@code !!!} or {@code ???}.
     */
    private record CheapStart(CustomBlockParserFactory inner) implements CustomBlockParserFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory factory = inner.apply(options);
            return (state, matched) -> {
                BasedSequence line = state.getLine();
                int at = state.getNextNonSpaceIndex();
                return line.length() >= at + 3 && (line.charAt(at) == '!' || line.charAt(at) == '?')
                        && line.charAt(at + 1) == line.charAt(at) && line.charAt(at + 2) == line.charAt(at)
                        ? factory.tryStart(state, matched) : BlockStart.none();
            };
        }

        @Override
        public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
            return inner.getLeadInHandler(options);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return inner.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return inner.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return inner.affectsGlobalScope();
        }
    }
}
