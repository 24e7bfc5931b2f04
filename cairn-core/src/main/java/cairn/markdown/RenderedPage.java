package cairn.markdown;

import cairn.content.PageSource;

import java.util.Objects;

/** A page as the Markdown stage hands it on: what was read from its file and its rendered body. */
public record RenderedPage(PageSource source, RenderedMarkdown body) {

    public RenderedPage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
    }
}
