package cairn.html;

import cairn.Diagnostic;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * Shows build errors on top of a page, each as {@code error: file:line:col: message}
 * (the format of the console), in a box that needs no stylesheet of the site's.
 * {@code cairn serve} adds it to every page it serves while the site has errors.
 */
public final class ErrorOverlay implements HtmlTransform {

    public static final String ID = "cairn-error-overlay";
    private static final String STYLE = "position:fixed;left:0;right:0;top:0;z-index:2147483647;max-height:70vh;"
            + "overflow:auto;margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#ffe9e9;"
            + "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;border-bottom:3px solid #ff5c5c;"
            + "box-shadow:0 4px 24px rgba(0,0,0,.5);text-align:left";

    private final String markup;

    /** {@code headline} says what the reader sees behind the box ("showing the last good build"). */
    public ErrorOverlay(List<Diagnostic> diagnostics, String headline) {
        Element box = new Element("div").id(ID).attr("role", "alert").attr("style", STYLE);
        box.appendElement("strong").text(headline);
        Element list = box.appendElement("ol").attr("style", "margin:.5rem 0 0;padding-left:1.5rem");
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                list.appendElement("li").attr("style", "white-space:pre-wrap").text(d.toString());
            }
        }
        box.appendElement("button").attr("type", "button").attr("data-cairn-dismiss", "")
                .attr("style", "position:absolute;top:.5rem;right:.75rem;font:inherit;cursor:pointer")
                .text("Dismiss");
        this.markup = ProblemBanner.outer(box); // not pretty-printed: its indenting showed as blank gaps
    }

    @Override
    public String apply(String html) {
        return BodyEnd.insert(html, markup);
    }

    /** A page with nothing but the overlay, for when no good build exists yet. */
    public String page(String title) {
        Document doc = Document.createShell("");
        doc.title(title);
        doc.head().prependElement("meta").attr("charset", "utf-8");
        return "<!DOCTYPE html>\n" + apply(doc.html());
    }
}
