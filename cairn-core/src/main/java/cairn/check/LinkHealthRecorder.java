package cairn.check;

import cairn.content.LinkHealth;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns one {@code cairn check --external} run into the next {@link LinkHealth}: each URL
 * checked over the network today gets one more check (its failure streak grows or ends);
 * a URL answered from the link cache keeps its entry, or gets a first one; URLs no longer
 * in the site are dropped. {@code link-status.json} then tells {@code cairn build} which
 * resources have been dead for how long.
 */
final class LinkHealthRecorder {

    private LinkHealthRecorder() {
    }

    static LinkHealth next(LinkHealth old, Map<String, LinkStatus> results, Set<String> probed,
                           Collection<String> siteUrls, LocalDate today) {
        Map<String, LinkHealth.Entry> out = new LinkedHashMap<>();
        for (String url : siteUrls) {
            LinkStatus s = results.get(url);
            LinkHealth.Entry before = old.entries().get(url);
            if (s == null) {
                if (before != null) {
                    out.put(url, before); // skipped this time
                }
            } else if (probed.contains(url) || before == null) {
                out.put(url, before == null ? LinkHealth.Entry.first(status(s), s.status(), today)
                        : before.next(status(s), s.status(), today));
            } else {
                out.put(url, before);
            }
        }
        return new LinkHealth(out);
    }

    /** The status word of {@code link-status.json}; {@code dead}, {@code dns} and {@code tls} are the permanent ones. */
    static String status(LinkStatus s) {
        return switch (s.kind()) {
            case OK -> "ok";
            case MOVED -> "moved";
            case DEAD -> "dead";
            case TLS -> "tls";
            case UNREACHABLE -> s.detail().startsWith("unknown host") ? "dns" : "unreachable";
            case TIMEOUT -> "timeout";
            case RATE_LIMITED -> "rate-limited";
            case STATUS -> s.status() >= 500 ? "server-error" : "status";
            case REDIRECT_LOOP -> "redirect-loop";
            case BAD_URL -> "bad-url";
            case BAD_RESPONSE -> "bad-response";
            case TOO_LARGE -> "too-large";
        };
    }
}
