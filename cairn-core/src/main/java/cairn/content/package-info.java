/**
 * Reading the site from disk: {@code cairn.yaml} as typed settings
 * ({@link cairn.content.SiteConfig} and its sections, each read through
 * {@link cairn.content.ConfigValues}; {@link cairn.content.BaseUrl} parsed once), every
 * Markdown file under {@code content/} with its front matter
 * ({@link cairn.content.ContentLoader} → {@link cairn.content.PageSource}) or a one-file
 * guide cut into pages ({@link cairn.content.OneFileGuide}), the theme and static files,
 * the dates in the git history and the link status kept at the site root. Nothing here
 * renders Markdown or knows templates or output; a one-file guide's headings and entry
 * lines are found line by line ({@link cairn.content.ReadmeOutline}).
 */
package cairn.content;
