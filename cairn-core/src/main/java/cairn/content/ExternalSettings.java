package cairn.content;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How external links are checked, from {@code links.external} in {@code cairn.yaml}:
 * which URLs to skip (globs, {@code *} matches anything), how many requests may be in
 * flight to one host and how far apart they start, the timeout, retries and backoff,
 * which status codes count as fine ({@code accept}) or only as a warning ({@code warn};
 * some hosts answer 403 to every bot), how long results stay cached.
 */
public record ExternalSettings(List<String> skip, int perHost, Map<String, Integer> hostLimits, Duration delay,
                               Duration timeout, int retries, Duration backoff, Duration maxRetryAfter,
                               int maxRedirects, Set<Integer> accept, Set<Integer> warn, Duration cacheTtl,
                               int concurrency, String userAgent) {

    public static final String USER_AGENT = "Mozilla/5.0 (compatible; cairn-link-checker/0.1;"
            + " +https://github.com/cairn-ssg/cairn)";

    public ExternalSettings {
        skip = List.copyOf(skip);
        hostLimits = Map.copyOf(hostLimits);
        accept = Set.copyOf(accept);
        warn = Set.copyOf(warn);
        if (perHost < 1 || concurrency < 1 || retries < 0 || maxRedirects < 1) {
            throw new IllegalArgumentException("bad external link settings");
        }
    }

    public static ExternalSettings defaults() {
        return new ExternalSettings(List.of(), 2, Map.of(), Duration.ofMillis(100), Duration.ofSeconds(10), 2,
                Duration.ofSeconds(1), Duration.ofSeconds(60), 10, Set.of(), Set.of(401, 403), Duration.ofDays(7), 64,
                USER_AGENT);
    }

    /** The same settings with other timings (tests and benchmarks use short ones). */
    public ExternalSettings withTimings(Duration newDelay, Duration newTimeout, Duration newBackoff,
                                        Duration newMaxRetryAfter) {
        return new ExternalSettings(skip, perHost, hostLimits, newDelay, newTimeout, retries, newBackoff,
                newMaxRetryAfter, maxRedirects, accept, warn, cacheTtl, concurrency, userAgent);
    }

    public ExternalSettings withPerHost(int limit) {
        return new ExternalSettings(skip, limit, hostLimits, delay, timeout, retries, backoff, maxRetryAfter,
                maxRedirects, accept, warn, cacheTtl, concurrency, userAgent);
    }

    public ExternalSettings withSkip(List<String> patterns) {
        return new ExternalSettings(patterns, perHost, hostLimits, delay, timeout, retries, backoff, maxRetryAfter,
                maxRedirects, accept, warn, cacheTtl, concurrency, userAgent);
    }

    /** The limit for a host: set for {@code host:port}, else for {@code host}, else {@code per_host}. */
    public int limitFor(String host, int port) {
        String h = host.toLowerCase(Locale.ROOT);
        return hostLimits.getOrDefault(h + ":" + port, hostLimits.getOrDefault(h, perHost));
    }

    public ExternalSettings withHostLimits(Map<String, Integer> limits) {
        return new ExternalSettings(skip, perHost, limits, delay, timeout, retries, backoff, maxRetryAfter,
                maxRedirects, accept, warn, cacheTtl, concurrency, userAgent);
    }

    public boolean skips(String url) {
        return skip.stream().anyMatch(p -> glob(p).matcher(url).matches());
    }

    private static Pattern glob(String pattern) {
        return Pattern.compile(java.util.Arrays.stream(pattern.split("\\*", -1))
                .map(part -> part.isEmpty() ? "" : Pattern.quote(part))
                .collect(java.util.stream.Collectors.joining(".*")), Pattern.CASE_INSENSITIVE);
    }

    /** Reads {@code links.external} from {@code cairn.yaml}; a bad value is reported at its key and its default kept. */
    static ExternalSettings read(ConfigValues v) {
        ExternalSettings d = defaults();
        String at = "links.external.";
        Map<String, Integer> hosts = new LinkedHashMap<>();
        v.map(at + "hosts").forEach((host, limit) -> hosts.put(host.toLowerCase(Locale.ROOT),
                v.number(at + "hosts." + host, limit, d.perHost(), 1)));
        Set<Integer> accept = codes(v, at + "accept", d.accept());
        Set<Integer> warn = codes(v, at + "warn", d.warn());
        return new ExternalSettings(v.strings(at + "skip"), v.integer(at + "per_host", d.perHost(), 1), hosts,
                Duration.ofMillis(v.integer(at + "delay_ms", (int) d.delay().toMillis(), 0)),
                Duration.ofSeconds(v.integer(at + "timeout", (int) d.timeout().toSeconds(), 1)),
                v.integer(at + "retries", d.retries(), 0), d.backoff(), d.maxRetryAfter(), d.maxRedirects(),
                accept, warn, Duration.ofDays(v.integer(at + "cache_days", (int) d.cacheTtl().toDays(), 0)),
                v.integer(at + "concurrency", d.concurrency(), 1), v.string(at + "user_agent", d.userAgent()));
    }

    private static Set<Integer> codes(ConfigValues v, String key, Set<Integer> fallback) {
        if (v.get(key).isEmpty()) {
            return fallback;
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (String code : v.strings(key)) {
            int n = v.number(key, code, -1, 100);
            if (n > 0) {
                out.add(n);
            }
        }
        return out;
    }
}
