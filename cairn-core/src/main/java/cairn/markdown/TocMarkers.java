package cairn.markdown;

import com.vladsch.flexmark.ext.toc.TocBlock;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The {@code [TOC]} marker of Python-Markdown (and Pelican): alone on a line, it becomes
 * the page's table of contents, {@code <div class="toc"><ul><li><a href="#id">…</a>…},
 * nested by heading level, as Python-Markdown writes it. flexmark's toc extension finds
 * the marker; its own renderer is not used, because heading ids are assigned after
 * rendering ({@link HeadingIds}, one rule for Markdown and raw-HTML headings): the marker
 * renders as an empty placeholder that {@link #fill} replaces once the ids are known, so
 * the contents always link to the ids the headings really have.
 */
final class TocMarkers extends OwnHtmlExtension {

    static final String PLACEHOLDER_ATTRIBUTE = "data-cairn-toc";
    private static final Evaluator PLACEHOLDERS = QueryParser.parse("div[" + PLACEHOLDER_ATTRIBUTE + "]");

    private TocMarkers() {
        super(TocExtension.create(), options -> new Renderer());
    }

    static TocMarkers create() {
        return new TocMarkers();
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(TocBlock.class, this::render));
        }

        private void render(TocBlock node, NodeRendererContext context, HtmlWriter html) {
            html.line();
            html.raw("<div class=\"toc\" " + PLACEHOLDER_ATTRIBUTE + "></div>");
            html.line();
        }
    }

    /** Replaces each placeholder in {@code body} by the nested list of {@code headings}. */
    static void fill(Element body, List<Heading> headings) {
        for (Element placeholder : body.select(PLACEHOLDERS)) {
            placeholder.removeAttr(PLACEHOLDER_ATTRIBUTE);
            placeholder.empty();
            if (!headings.isEmpty()) {
                list(placeholder, headings);
            }
        }
    }

    /**
     * One {@code <ul>} per level: a deeper heading opens a list inside the last item, a
     * shallower one closes lists back to its level (skipped levels nest one step, as in
     * Python-Markdown).
     */
    private static void list(Element container, List<Heading> headings) {
        Deque<Element> lists = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        lists.push(container.appendElement("ul"));
        levels.push(headings.get(0).level());
        Element lastItem = null;
        for (Heading h : headings) {
            while (h.level() < levels.peek() && lists.size() > 1) {
                lists.pop();
                levels.pop();
            }
            if (h.level() > levels.peek() && lastItem != null) {
                lists.push(lastItem.appendElement("ul"));
                levels.push(h.level());
            }
            lastItem = lists.peek().appendElement("li");
            lastItem.appendElement("a").attr("href", "#" + h.id()).text(h.text());
        }
    }
}
