/**
 * Markdown to HTML: {@link cairn.markdown.MarkdownRenderer} (the only class that knows
 * flexmark) turns a page body into {@link cairn.markdown.RenderedMarkdown}: the body HTML
 * with stable heading ids, the headings, every element id, and every link with the
 * line and column where the author wrote it, raw HTML links included.
 */
package cairn.markdown;
