/**
 * {@code cairn serve}: the author's edit-and-look loop. {@link cairn.serve.DevServer}
 * builds the site into memory, serves it over HTTP (JDK {@code HttpServer}) and rebuilds
 * when {@link cairn.serve.ChangeWatcher} reports a change; {@link cairn.serve.LiveReload}
 * tells open tabs to reload over Server-Sent Events. Rebuilds reuse a
 * {@link cairn.cache.BuildCache}, and pages are rendered when first asked for (as Hugo's
 * fast render mode does), so a one-page edit costs one page of Markdown and the pages
 * being looked at. The site is never written to disk; only the build cache is
 * ({@code .cairn/cache/serve}, unless {@code --no-cache}).
 */
package cairn.serve;
