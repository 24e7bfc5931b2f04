/**
 * What cairn keeps between builds, so a rebuild does only the work its changes need.
 * {@link cairn.cache.BuildCache} is what one build hands to the next: read content files,
 * rendered Markdown ({@link cairn.cache.MarkdownCache}, in memory and, through
 * {@link cairn.cache.MarkdownStore}, in pack files under {@code .cairn/cache/markdown}) and
 * the compiled templates. {@link cairn.cache.RenderManifest} remembers which output file
 * each page's fingerprint made, so unchanged pages are hard-linked instead of rendered.
 * Every cache checks what it keeps against its inputs: a stale or damaged entry is never
 * used, only rebuilt.
 */
package cairn.cache;
