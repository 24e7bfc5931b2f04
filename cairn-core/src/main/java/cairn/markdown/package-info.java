/**
 * Markdown to HTML: {@link cairn.markdown.MarkdownRenderer} (with its flexmark extensions
 * {@code BareUrlLinks} and {@code RawHtmlLinks}, the only classes that know flexmark) turns
 * a page body into {@link cairn.markdown.RenderedMarkdown}: the body HTML with stable
 * heading ids, the headings, every element id, every link with the line and column where
 * the author wrote it (raw HTML links included), and the words the site search finds the
 * page by ({@link cairn.markdown.SearchWords}). Keeping rendered bodies between builds is
 * the {@code cache} package's work.
 */
package cairn.markdown;
