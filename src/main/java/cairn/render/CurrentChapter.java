package cairn.render;

import java.util.HashMap;
import java.util.Map;

/**
 * The sidebar entry of the chapter a page is in: a copy of the chapter's shared model with
 * {@code current} flags for the chapter and the page. Everything in it follows from the
 * shared chapter and the current page, so {@link RenderFingerprint} digests those two
 * instead of walking the copy (thousands of links on a large chapter).
 */
final class CurrentChapter extends HashMap<String, Object> {

    private static final long serialVersionUID = 1L;
    private final transient Map<String, Object> shared;
    private final String currentUrl;

    CurrentChapter(Map<String, Object> shared, String currentUrl) {
        this.shared = shared;
        this.currentUrl = currentUrl;
    }

    Map<String, Object> shared() {
        return shared;
    }

    String currentUrl() {
        return currentUrl;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
