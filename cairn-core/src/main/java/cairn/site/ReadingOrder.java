package cairn.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chapters in order and the indexes over them, built in this one place: the reading
 * order (every chapter page, chapter by chapter), each page's position in it, each page's
 * chapter and the chapters by number. {@link SiteAssembler} uses it while it assembles and
 * {@link Site} keeps it.
 */
public final class ReadingOrder {

    private final List<Chapter> chapters;
    private final List<PageId> pages;
    private final Map<PageId, Integer> position = new HashMap<>();
    private final Map<PageId, String> chapterOf = new HashMap<>();
    private final Map<String, Chapter> byNumber = new LinkedHashMap<>();

    ReadingOrder(List<Chapter> chapters) {
        this.chapters = List.copyOf(chapters);
        List<PageId> order = new ArrayList<>();
        for (Chapter c : chapters) {
            byNumber.put(c.number(), c);
            for (PageId id : c.pages()) {
                chapterOf.put(id, c.number());
                position.put(id, order.size());
                order.add(id);
            }
        }
        this.pages = List.copyOf(order);
    }

    public List<Chapter> chapters() {
        return chapters;
    }

    /** Every chapter page, chapter by chapter. */
    public List<PageId> pages() {
        return pages;
    }

    /** The position of a chapter page in {@link #pages()}; empty for the home page and posts. */
    public Optional<Integer> position(PageId id) {
        return Optional.ofNullable(position.get(id));
    }

    /** The number of the chapter {@code id} is in. */
    public Optional<String> chapterOf(PageId id) {
        return Optional.ofNullable(chapterOf.get(id));
    }

    public Optional<Chapter> chapter(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** Positions by page, for code that looks many up. */
    Map<PageId, Integer> positions() {
        return java.util.Collections.unmodifiableMap(position);
    }
}
