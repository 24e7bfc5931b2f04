package cairn.site;

import cairn.content.PageSource;
import cairn.markdown.RenderedMarkdown;

import java.util.Optional;

/**
 * A page of the site: its source, its URL (site path without the base path, e.g.
 * {@code /data.html}), its rendered body and the number of the chapter it belongs to.
 */
public record Page(PageId id, PageSource source, String url, RenderedMarkdown body, Optional<String> chapter) {

    public String title() {
        return source.title();
    }

    public boolean isPost() {
        return source.isPost();
    }
}
