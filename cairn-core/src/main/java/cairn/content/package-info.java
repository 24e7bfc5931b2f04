/**
 * Reading the site from disk: {@code cairn.yaml} ({@link cairn.content.SiteConfig}),
 * every Markdown file under {@code content/} with its front matter
 * ({@link cairn.content.ContentLoader} → {@link cairn.content.PageSource}).
 * Nothing here knows about Markdown syntax, templates or output.
 */
package cairn.content;
