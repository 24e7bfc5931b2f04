package cairn.site;

import cairn.Diagnostic;
import cairn.markdown.LinkRef;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What checking one page's links found, and what it depended on, so that the next
 * {@code assemble} in the same process ({@code cairn serve}) can keep it when none of that
 * changed ({@link AssemblyMemo}).
 *
 * @param page        the page checked
 * @param url         its URL (relative links resolve against it)
 * @param from        its source file (source links resolve against it)
 * @param links       its links, as checked
 * @param problems    the diagnostics, in the order they were found
 * @param edges       the pages linked to, one entry per link, in order (the link graph's input)
 * @param paths       every site path its links resolved to, and where a redirect among them leads
 * @param anchors     the ids of each page an anchor was looked up in, as they were
 * @param broken      whether a link was broken: its message names the nearest existing address
 * @param sourceLinks whether a link was written to a source file
 */
record PageLinks(PageId page, String url, Path from, List<LinkRef> links, List<Diagnostic> problems,
                 List<PageId> edges, Set<String> paths, Map<PageId, Set<String>> anchors, boolean broken,
                 boolean sourceLinks) {

    PageLinks {
        problems = List.copyOf(problems);
        edges = List.copyOf(edges);
        paths = Set.copyOf(paths);
        anchors = Map.copyOf(anchors);
    }

    /** Whether this was found for {@code p} as it is now (same address, file and links). */
    boolean sameInput(Page p) {
        return page.equals(p.id()) && url.equals(p.url()) && from.equals(p.source().source().displayPath())
                && links.equals(p.body().links());
    }

    /** Whether a link resolved to one of {@code changed}, or could resolve differently now that they changed. */
    boolean reaches(Set<String> changed) {
        for (String c : changed) {
            // a link to a/ or a finds a/index.html only while a/ or a itself is not there
            if (paths.contains(c) || paths.contains(c + "/index.html") || paths.contains(c + "index.html")) {
                return true;
            }
        }
        return false;
    }

    /** Whether every page an anchor was looked up in still has the same ids. */
    boolean anchorsStill(Map<PageId, Page> pages) {
        for (Map.Entry<PageId, Set<String>> e : anchors.entrySet()) {
            Page target = pages.get(e.getKey());
            if (target == null || !target.body().ids().equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }
}
