package cairn.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolink extension (bare {@code https://…}, {@code www.…} and e-mail
 * addresses become links) with a cheap test in front: its post-processor runs a regular
 * expression and a link scanner over every text node, which cost ~0.6 s of CPU in a cold
 * 2,000-page build, though most text nodes hold no link at all. A text node is handed to
 * it only when it could hold one: it contains {@code :} (a scheme), {@code @} (an
 * address), {@code www.} in any case, or {@code &} or {@code \} (an entity or escape that
 * could decode to one of those). Otherwise the result is exactly the extension's.
 */
final class BareUrlLinks implements Parser.ParserExtension {

    private BareUrlLinks() {
    }

    static BareUrlLinks create() {
        return new BareUrlLinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    static boolean mayHoldLink(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '&' || c == '\\') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 3 < n && (text.charAt(i + 1) | 0x20) == 'w'
                    && (text.charAt(i + 2) | 0x20) == 'w' && text.charAt(i + 3) == '.') {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor links = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    BasedSequence chars = node.getChars();
                    if (mayHoldLink(chars)) {
                        links.process(state, node);
                    }
                }
            };
        }
    }
}
