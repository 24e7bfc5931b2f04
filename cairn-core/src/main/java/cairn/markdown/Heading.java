package cairn.markdown;

/** A heading of a page body: level 1–6, its unique id on the page, and its text. */
public record Heading(int level, String id, String text) {
}
