/**
 * {@code cairn check}: link integrity of a loaded and rendered site.
 * {@link cairn.check.RenderedSite} indexes the rendered output (ids and links of every
 * file; of a page, what its template added, the body's own from its Markdown record);
 * {@link cairn.check.InternalLinks} resolves every link written in the content,
 * and every link the templates produced, against that output;
 * {@link cairn.check.SiteHygiene} finds what is not broken yet but will hurt (orphans,
 * insecure or scheme-less links, missing descriptions and alt text);
 * {@link cairn.check.ExternalLinks} checks every unique {@code http(s)} URL once, politely
 * (per-host limits, delays, {@code Retry-After}), through {@link cairn.check.HttpProber}
 * and the {@link cairn.check.LinkCache}. {@link cairn.check.LinkChecker} runs them and
 * returns a {@link cairn.check.CheckReport} that {@link cairn.check.ReportFormat} turns
 * into text, JSON, GitHub annotations or JUnit XML. The HTTP client classes load only
 * when external links are checked.
 */
package cairn.check;
