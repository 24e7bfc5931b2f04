package cairn.markdown;

import cairn.SourcePos;

/**
 * A link written in a page body: the target as written (entities and escapes decoded),
 * whether it navigates or embeds (images, media, scripts, styles), and where the target
 * starts in the source file.
 */
public record LinkRef(String target, Kind kind, SourcePos where) {

    /** What the link does: navigates, or embeds a resource. */
    public enum Kind { LINK, IMAGE }

    public boolean isImage() {
        return kind == Kind.IMAGE;
    }
}
