package cairn.render.cards;

/**
 * What one card shows: the site's name and host (the same on every card), the page's
 * chapter (or "Blog"), title and description; {@code url} is where the PNG is written.
 */
public record Card(String url, String site, String host, String chapter, String title, String description) {
}
