package cairn.site;

import java.util.Collection;
import java.util.Optional;

/**
 * The wording of link problems, shared by {@code cairn build} and {@code cairn check} so
 * that both report the same problem the same way: {@code broken anchor "#resource": no
 * heading or element with that id on /django.html (did you mean "#resources"?)}.
 */
public final class LinkMessages {

    private LinkMessages() {
    }

    /** {@code  (did you mean "…"?)}, or nothing without a suggestion. */
    public static String hint(String suggestion) {
        return suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)";
    }

    /** {@code broken link "…"} or {@code broken image "…"} with its hint. */
    public static String broken(boolean image, String written, String suggestion) {
        return (image ? "broken image" : "broken link") + " \"" + written + "\"" + hint(suggestion);
    }

    /** The message for a fragment that is no id on the page at {@code pageUrl} (as a reader sees the address). */
    public static String brokenAnchor(String fragment, String pageUrl, String suggestion) {
        return "broken anchor \"#" + fragment + "\": no heading or element with that id on " + pageUrl + hint(suggestion);
    }

    /**
     * The link as written with its fragment replaced by the id of {@code ids} it most likely
     * meant ({@link LinkSuggestions#anchor}), if one clearly is.
     */
    public static Optional<String> anchorSuggestion(String written, String fragment, Collection<String> ids) {
        int hash = written.indexOf('#');
        return LinkSuggestions.anchor(fragment, ids).map(id -> (hash < 0 ? "" : written.substring(0, hash)) + "#" + id);
    }
}
