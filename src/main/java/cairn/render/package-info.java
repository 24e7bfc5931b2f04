/**
 * Templates: {@link cairn.render.TemplateRenderer} (the only class that knows Pebble)
 * renders named templates; {@link cairn.render.TemplateModel} turns the
 * {@link cairn.site.Site} into the documented model (docs/templates.md);
 * {@link cairn.render.SiteRenderer} produces one {@link cairn.render.OutputFile} per
 * page and generated page, in parallel.
 */
package cairn.render;
