package cairn.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Optional;
import java.util.function.Function;

/**
 * Rewrites the link targets of a rendered body that the site resolves to other
 * addresses (links written to source files, {@code 02-postgresql.md} →
 * {@code /postgresql.html}). Only bodies that have such links are parsed again; the
 * rest of the body is left as it was.
 */
public final class LinkRewriter {

    private static final Evaluator LINKED = QueryParser.parse("[href], [src]");

    private LinkRewriter() {
    }

    /**
     * {@code body} with each {@code href} / {@code src} that {@code translate} maps to a site
     * path replaced by {@code basePath} + that path; {@code body} itself when none is.
     */
    public static RenderedMarkdown rewrite(RenderedMarkdown body, Function<String, Optional<String>> translate,
                                           String basePath) {
        if (body.links().stream().noneMatch(l -> translate.apply(l.target()).isPresent())) {
            return body;
        }
        Document doc = Jsoup.parseBodyFragment(body.html());
        doc.outputSettings().prettyPrint(false);
        for (Element el : doc.body().select(LINKED)) {
            for (String attr : new String[] {"href", "src"}) {
                if (el.hasAttr(attr)) {
                    String value = el.attr(attr);
                    translate.apply(value).ifPresent(url -> el.attr(attr, url.startsWith("/") ? basePath + url : url));
                }
            }
        }
        return new RenderedMarkdown(doc.body().html(), body.headings(), body.ids(), body.links(), body.handSeeAlso(),
                body.searchWords(), body.sections(), body.externalLinks());
    }
}
