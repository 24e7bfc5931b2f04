package cairn.site;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a page was created and last updated: front matter {@code date} / {@code modified}
 * first, else the git history (the commit that added the file, following renames, and the
 * last commit that changed it). {@code updated} is never before {@code created}; without
 * either source both are empty.
 */
public record PageDates(Optional<LocalDate> created, Optional<LocalDate> updated) {

    public static final PageDates NONE = new PageDates(Optional.empty(), Optional.empty());

    public PageDates {
        if (created.isPresent() && updated.isPresent() && updated.get().isBefore(created.get())) {
            updated = created;
        }
        if (updated.isEmpty()) {
            updated = created;
        }
    }

    /** True when the page has not changed since the day it was added. */
    public boolean isNew() {
        return created.isPresent() && created.equals(updated);
    }
}
