/**
 * The site as a whole: pages with their URLs, chapters and sections in reading order,
 * the link graph (outgoing links and backlinks), see-also selection, and validation of
 * every internal link. {@link cairn.site.SiteAssembler} builds the immutable
 * {@link cairn.site.Site} from the loaded and rendered pages; records refer to each
 * other by {@link cairn.site.PageId}, never by object, so the model has no cycles.
 */
package cairn.site;
