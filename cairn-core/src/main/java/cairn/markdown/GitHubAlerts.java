package cairn.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.parser.PostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's alerts: a block quote whose first line is {@code [!NOTE]}, {@code [!TIP]},
 * {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} (any case, alone on the
 * line, as GitHub requires) becomes an {@link AdmonitionBlock} of that type, so both
 * admonition syntaxes render through one renderer ({@link Admonitions}).
 *
 * <p>Done on the syntax tree after parsing rather than on the HTML with jsoup: the marker
 * is removed before rendering, so it never reaches the HTML or the search words, links in
 * the alert keep their source positions, and a quote that merely mentions {@code [!NOTE]}
 * later on, or a marker inside code, is left alone without guessing from rendered text.
 * The whole pass is skipped when the body has no {@code [!} at all.
 */
final class GitHubAlerts {

    private static final Pattern MARKER =
            Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*", Pattern.CASE_INSENSITIVE);

    private GitHubAlerts() {
    }

    static void convert(Document document) {
        if (document.getChars().indexOf("[!") < 0) {
            return;
        }
        List<BlockQuote> quotes = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof BlockQuote quote) {
                quotes.add(quote);
            }
        }
        for (BlockQuote quote : quotes) {
            convert(quote);
        }
    }

    private static void convert(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph first) || first.getLineCount() == 0) {
            return;
        }
        BasedSequence line = first.getLineChars(0);
        Matcher m = MARKER.matcher(line);
        if (!m.matches()) {
            return;
        }
        int lineEnd = line.getEndOffset();
        for (Node child = first.getFirstChild(); child != null && child.getStartOffset() < lineEnd; ) {
            Node next = child.getNext();
            child.unlink();
            child = next;
        }
        if (!first.hasChildren()) {
            first.unlink();
        }
        AdmonitionBlock alert = new AdmonitionBlock(quote.getChars());
        alert.setOpeningMarker(line.subSequence(0, 2));
        alert.setInfo(line.subSequence(m.start(1), m.end(1)));
        alert.setTitleChars(BasedSequence.NULL);
        alert.takeChildren(quote);
        quote.insertBefore(alert);
        quote.unlink();
    }

    static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public PostProcessor apply(Document document) {
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document document) {
                    convert(document);
                    return document;
                }
            };
        }
    }
}
