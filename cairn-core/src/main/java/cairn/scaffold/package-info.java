/**
 * Writing a new site or page for the author: {@link cairn.scaffold.StarterSite}
 * ({@code cairn init}: a small site that builds and checks without a problem, optionally
 * with a copy of the default theme) and {@link cairn.scaffold.NewContent}
 * ({@code cairn new page|post}: a Markdown file with front matter, in the right chapter
 * folder, under a slug that is valid and free). Nothing here overwrites a file unless asked to.
 */
package cairn.scaffold;
