package cairn.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /**
     * The chapter {@code shared} as seen from one of its pages: flagged current, with that
     * page's link {@code sharedLink} (found by identity) replaced by {@code currentLink}.
     * Copies lists of references only, so a chapter of thousands of pages costs a few
     * array copies per page, not a map look-up per link.
     */
    @SuppressWarnings("unchecked")
    static CurrentChapter of(Map<String, Object> shared, Map<String, Object> sharedLink,
                             Map<String, Object> currentLink, String currentKey) {
        CurrentChapter m = new CurrentChapter(shared, currentKey);
        m.putAll(shared);
        m.put("current", true);
        m.put("pages", replaced((List<Map<String, Object>>) shared.get("pages"), sharedLink, currentLink));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Map<String, Object> section : (List<Map<String, Object>>) shared.get("sections")) {
            List<Map<String, Object>> pages = (List<Map<String, Object>>) section.get("pages");
            List<Map<String, Object>> copy = replaced(pages, sharedLink, currentLink);
            if (copy == pages) {
                sections.add(section);
            } else {
                Map<String, Object> s = new HashMap<>(section);
                s.put("pages", copy);
                sections.add(s);
            }
        }
        m.put("sections", sections);
        return m;
    }

    /** {@code list} itself when it does not hold {@code from}, else a copy with {@code to} in its place. */
    private static List<Map<String, Object>> replaced(List<Map<String, Object>> list, Map<String, Object> from,
                                                      Map<String, Object> to) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == from) {
                List<Map<String, Object>> copy = new ArrayList<>(list);
                copy.set(i, to);
                return copy;
            }
        }
        return list;
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
