package cairn.check;

import cairn.Diagnostic;
import cairn.SourcePos;

import java.nio.file.Path;
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

    /**
     * Reads {@code links.external} from the site's configuration values (all scalars are
     * strings there); a bad value is reported against {@code cairn.yaml} and its default kept.
     */
    public static ExternalSettings from(Map<String, Object> config, List<Diagnostic> problems) {
        ExternalSettings d = defaults();
        Map<String, Object> ext = map(map(config.get("links")).get("external"));
        if (ext.isEmpty()) {
            return d;
        }
        Reader r = new Reader(ext, problems);
        Map<String, Integer> hosts = new LinkedHashMap<>();
        map(ext.get("hosts")).forEach((host, v) -> hosts.put(host.toLowerCase(Locale.ROOT),
                r.number("hosts." + host, String.valueOf(v), d.perHost(), 1)));
        return new ExternalSettings(r.strings("skip"), r.integer("per_host", d.perHost(), 1), hosts,
                Duration.ofMillis(r.integer("delay_ms", (int) d.delay().toMillis(), 0)),
                Duration.ofSeconds(r.integer("timeout", (int) d.timeout().toSeconds(), 1)),
                r.integer("retries", d.retries(), 0), d.backoff(), d.maxRetryAfter(), d.maxRedirects(),
                r.codes("accept", d.accept()), r.codes("warn", d.warn()),
                Duration.ofDays(r.integer("cache_days", (int) d.cacheTtl().toDays(), 0)),
                r.integer("concurrency", d.concurrency(), 1),
                ext.get("user_agent") instanceof String ua && !ua.isBlank() ? ua.strip() : d.userAgent());
    }

    private static Map<String, Object> map(Object o) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
        }
        return out;
    }

    /** Reads typed values, reporting bad ones. */
    private record Reader(Map<String, Object> ext, List<Diagnostic> problems) {

        int integer(String key, int fallback, int min) {
            Object v = ext.get(key);
            return v == null ? fallback : number(key, String.valueOf(v), fallback, min);
        }

        int number(String key, String value, int fallback, int min) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= min) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            bad("links.external." + key + " must be a whole number >= " + min + ", not \"" + value + "\"");
            return fallback;
        }

        List<String> strings(String key) {
            Object v = ext.get(key);
            if (v == null) {
                return List.of();
            }
            if (v instanceof List<?> list) {
                return list.stream().map(String::valueOf).map(String::strip).toList();
            }
            return List.of(String.valueOf(v).strip());
        }

        Set<Integer> codes(String key, Set<Integer> fallback) {
            if (!ext.containsKey(key)) {
                return fallback;
            }
            Set<Integer> out = new LinkedHashSet<>();
            for (String s : strings(key)) {
                int n = number(key, s, -1, 100);
                if (n > 0) {
                    out.add(n);
                }
            }
            return out;
        }

        void bad(String message) {
            problems.add(Diagnostic.error("config", SourcePos.of(Path.of("cairn.yaml")), message));
        }
    }
}
