package cairn.site;

import java.util.Optional;

/**
 * What a link written in a page resolves to. {@code path} is the site path it points at
 * (decoded, relative links resolved, base path removed); {@code page} is set when that
 * path is a page or post; {@code suggestion} when it is broken and a close match exists.
 */
public record LinkTarget(Status status, String path, Optional<PageId> page, String fragment,
                         Optional<String> suggestion) {

    /** The kinds of outcome. */
    public enum Status {
        /** Another site or scheme ({@code https:}, {@code mailto:}, {@code //host}): not ours to resolve. */
        EXTERNAL,
        /** Empty, or a fragment only on the same page ({@code #x}). */
        SAME_PAGE,
        /** Resolves to a page, post, generated page or static file. */
        FOUND,
        /** Points at nothing the site generates. */
        BROKEN
    }

    public boolean isBroken() {
        return status == Status.BROKEN;
    }
}
