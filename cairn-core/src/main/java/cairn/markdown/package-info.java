/**
 * Markdown to HTML, the only package that knows flexmark (ArchitectureTest keeps it so):
 * {@link cairn.markdown.MarkdownRenderer} (with its own flexmark extensions
 * {@code BareUrlLinks}, {@code RawHtmlLinks}, {@code Admonitions} with
 * {@code GitHubAlerts}, and {@code TaskItems} and {@code TocMarkers} on
 * {@code OwnHtmlExtension}) turns
 * a page body into {@link cairn.markdown.RenderedMarkdown}: the body HTML with stable
 * heading ids, the headings, every element id, every link with the line and column where
 * the author wrote it (raw HTML links included), and the words the site search finds the
 * page by ({@link cairn.markdown.SearchWords}). {@link cairn.markdown.ListEntries} parses a
 * one-file guide's list entries for {@code check}. Keeping rendered bodies between builds
 * is the {@code cache} package's work.
 */
package cairn.markdown;
