package cairn.site;

import java.util.List;
import java.util.Optional;

/** A run of pages inside a chapter, named ("NoSQL") or not. */
public record Section(Optional<String> title, List<PageId> pages) {
    public Section {
        pages = List.copyOf(pages);
    }
}
