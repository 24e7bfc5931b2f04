package cairn.site;

import java.util.List;

/**
 * A chapter of the guide: its two-digit {@code number} (the order of chapters),
 * {@code key} (the directory name, or the number for flat content), title, and
 * sections whose pages, in order, are the chapter's reading order.
 */
public record Chapter(String number, String key, String title, List<Section> sections) {

    public Chapter {
        sections = List.copyOf(sections);
    }

    public List<PageId> pages() {
        return sections.stream().flatMap(s -> s.pages().stream()).toList();
    }
}
