package cairn.content;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What {@code cairn check --external} learned about each external URL over time, kept in
 * {@code link-status.json} at the site root ({@link LinkStatusFile}) so that it can be
 * committed: the last status, when the URL was last checked, when it last answered well,
 * since when it has been failing and how many checks in a row failed. {@code cairn build}
 * reads it, never the network.
 */
public record LinkHealth(Map<String, Entry> entries) {

    public static final LinkHealth NONE = new LinkHealth(Map.of());

    /** Statuses that mean the resource itself is gone, not that its server had a bad moment. */
    public static final Set<String> PERMANENT = Set.of("dead", "dns", "tls");

    /**
     * One URL: {@code status} is {@code ok}, {@code moved}, {@code dead} (404, 410), {@code dns}
     * (the host name no longer exists), {@code tls}, {@code unreachable}, {@code timeout},
     * {@code rate-limited}, {@code server-error}, {@code status} (another 4xx),
     * {@code redirect-loop}, {@code bad-url}, {@code bad-response} (not HTTP) or {@code too-large};
     * {@code code} the HTTP status (0 without one).
     */
    public record Entry(String status, int code, LocalDate checked, Optional<LocalDate> lastSuccess,
                        Optional<LocalDate> firstFailure, int failures) {

        public boolean ok() {
            return status.equals("ok") || status.equals("moved");
        }

        /** The entry after one more check on {@code day}. */
        public Entry next(String newStatus, int newCode, LocalDate day) {
            boolean good = newStatus.equals("ok") || newStatus.equals("moved");
            return good ? new Entry(newStatus, newCode, day, Optional.of(day), Optional.empty(), 0)
                    : new Entry(newStatus, newCode, day, lastSuccess, Optional.of(firstFailure.orElse(day)),
                    failures + 1);
        }

        /** The first check of a URL. */
        public static Entry first(String status, int code, LocalDate day) {
            return new Entry(status, code, day, Optional.empty(), Optional.empty(), 0).next(status, code, day);
        }

        /**
         * Dead for readers: the last check found the resource gone (404, 410, DNS, TLS) and the
         * checks have failed over at least {@code days} days. 429 and 5xx never count.
         */
        public boolean deadFor(int days) {
            return PERMANENT.contains(status) && firstFailure.isPresent()
                    && ChronoUnit.DAYS.between(firstFailure.get(), checked) >= days;
        }
    }

    public LinkHealth {
        entries = java.util.Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    public Optional<Entry> of(String url) {
        return Optional.ofNullable(entries.get(url));
    }
}
