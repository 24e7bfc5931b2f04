package cairn.site;

import java.util.List;

/**
 * The addresses {@code cairn.yaml} declares as served outside cairn ({@code links.known}):
 * a site path matches itself, a prefix ending in {@code /} matches everything under it
 * (and the directory itself). A link to one of them is never broken.
 */
public record KnownAddresses(List<String> entries) {

    public KnownAddresses {
        entries = List.copyOf(entries);
    }

    /** Whether site path {@code path} (as {@link LinkTarget#path()} gives it) is one of them. */
    public boolean contains(String path) {
        for (String e : entries) {
            if (path.equals(e) || (e.endsWith("/") && (path.startsWith(e) || path.equals(e.substring(0, e.length() - 1))))) {
                return true;
            }
        }
        return false;
    }
}
