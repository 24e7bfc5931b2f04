/**
 * Templates: {@link cairn.render.TemplateRenderer} (the only class that knows Pebble)
 * renders named templates; {@link cairn.render.TemplateModel} turns the
 * {@link cairn.site.Site} into the documented model (docs/templates.md);
 * {@link cairn.render.SiteRenderer} produces one {@link cairn.render.OutputFile} per
 * page and generated page, in parallel, then the files readers and crawlers use beside
 * pages: {@link cairn.render.FeedWriter} (Atom, RSS), {@link cairn.render.SitemapWriter}
 * (sitemap, robots.txt), {@link cairn.render.SearchIndexWriter} and
 * {@link cairn.render.RedirectPages} (redirect pages, {@code _redirects}).
 */
package cairn.render;
