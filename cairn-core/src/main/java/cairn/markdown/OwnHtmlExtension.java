package cairn.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * A Markdown extension that keeps flexmark's own parsing of a construct and writes its HTML
 * itself: the parser side is delegated to flexmark's extension, the renderer side registers
 * the subclass's renderer (task lists, the {@code [TOC]} marker).
 */
abstract class OwnHtmlExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final Parser.ParserExtension parsing;
    private final NodeRendererFactory rendering;

    /**
     * {@code rendering} makes the renderer that writes the construct's HTML; flexmark tells
     * factories apart by their class, so each subclass passes a lambda of its own.
     */
    OwnHtmlExtension(Parser.ParserExtension parsing, NodeRendererFactory rendering) {
        this.parsing = parsing;
        this.rendering = rendering;
    }

    @Override
    public final void parserOptions(MutableDataHolder options) {
        parsing.parserOptions(options);
    }

    @Override
    public final void extend(Parser.Builder builder) {
        parsing.extend(builder);
    }

    @Override
    public final void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public final void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(rendering);
    }
}
