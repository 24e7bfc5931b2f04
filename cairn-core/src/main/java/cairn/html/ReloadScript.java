package cairn.html;

import org.jsoup.nodes.Element;

/**
 * Adds the live-reload script of {@code cairn serve} to a page, as an external script
 * (no inline code, so a site's Content-Security-Policy still allows it).
 */
public final class ReloadScript implements HtmlTransform {

    private final String tag;

    /** {@code scriptUrl}: where the server serves the script, e.g. {@code /__cairn/reload.js}. */
    public ReloadScript(String scriptUrl) {
        this.tag = new Element("script").attr("src", scriptUrl).attr("defer", true).outerHtml();
    }

    @Override
    public String apply(String html) {
        return BodyEnd.insert(html, tag);
    }
}
