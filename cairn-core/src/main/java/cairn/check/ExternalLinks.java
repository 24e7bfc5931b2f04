package cairn.check;

import cairn.content.ExternalSettings;
import cairn.Diagnostic;
import cairn.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks every unique external URL once (results of earlier runs come from the
 * {@link LinkCache}) and reports each problem at every place the URL is written. A dead
 * link's message points at its Web Archive copy, without fetching it.
 */
final class ExternalLinks {

    private ExternalLinks() {
    }

    /**
     * What the pass found: problems, unique URLs, how many of them went over the network;
     * the outcome of each URL checked and which of them were asked over the network now.
     */
    record Result(List<Diagnostic> problems, int urls, int requested, Map<String, LinkStatus> results,
                  Set<String> probed) {
    }

    static Result check(List<ExternalRef> refs, ExternalSettings settings, LinkCache cache, boolean refresh,
                        LinkChecker.Progress progress, int archiveYear) {
        Set<String> urls = new LinkedHashSet<>();
        refs.forEach(r -> urls.add(r.url()));
        Map<String, LinkStatus> results = new LinkedHashMap<>();
        List<String> toProbe = new ArrayList<>();
        for (String url : urls) {
            if (settings.skips(url)) {
                continue;
            }
            var cached = refresh ? java.util.Optional.<LinkStatus>empty() : cache.get(url);
            if (cached.isPresent()) {
                results.put(url, cached.get());
            } else {
                toProbe.add(url);
            }
        }
        int total = results.size() + toProbe.size();
        AtomicInteger done = new AtomicInteger(results.size());
        progress.update(done.get(), total);
        if (!toProbe.isEmpty()) {
            Map<String, CompletableFuture<LinkStatus>> futures = new LinkedHashMap<>();
            try (HttpProber prober = new HttpProber(settings)) {
                for (String url : toProbe) {
                    futures.put(url, prober.probe(url).whenComplete((s, e) -> {
                        cache.put(url, s);
                        progress.update(done.incrementAndGet(), total);
                    }));
                }
                CompletableFuture.allOf(futures.values().toArray(CompletableFuture[]::new)).join();
            }
            futures.forEach((url, f) -> results.put(url, f.join()));
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (ExternalRef ref : refs) {
            LinkStatus s = results.get(ref.url());
            if (s != null && s.kind() != LinkStatus.Kind.OK) {
                problems.add(diagnostic(ref, s, settings, archiveYear));
            }
        }
        return new Result(problems, urls.size(), toProbe.size(), results, Set.copyOf(toProbe));
    }

    private static Diagnostic diagnostic(ExternalRef ref, LinkStatus s, ExternalSettings settings, int year) {
        String url = ref.url();
        String q = "\"" + url + "\"";
        String archive = "https://web.archive.org/web/" + year + "/" + url;
        boolean warn = settings.warn().contains(s.status());
        return switch (s.kind()) {
            case OK -> throw new IllegalArgumentException("not a problem");
            case MOVED -> problem(Severity.WARNING, "external-moved", ref, "moved: " + q
                    + " redirects permanently to \"" + s.movedTo() + "\", update the link", s.movedTo());
            case DEAD -> problem(warn ? Severity.WARNING : Severity.ERROR, "external-dead", ref, "dead link " + q + " ("
                    + s.status() + " " + reason(s.status()) + "); an archived copy may be at " + archive, archive);
            case STATUS -> problem(warn ? Severity.WARNING : Severity.ERROR, "external-status", ref, "link " + q
                    + " answered " + s.status() + " " + reason(s.status())
                    + (s.detail().isEmpty() ? "" : " (" + s.detail() + ")"), null);
            case TIMEOUT -> problem(Severity.ERROR, "external-timeout", ref, "timeout: " + q + " gave " + s.detail(), null);
            case TLS -> problem(Severity.ERROR, "external-tls", ref, "TLS error on " + q + ": " + s.detail(), null);
            case UNREACHABLE -> problem(Severity.ERROR, "external-unreachable", ref, "cannot reach " + q + ": "
                    + s.detail() + "; an archived copy may be at " + archive, archive);
            case REDIRECT_LOOP -> problem(Severity.ERROR, "external-redirect-loop", ref, "redirect loop: " + q + " ("
                    + s.detail() + ")", null);
            case RATE_LIMITED -> problem(Severity.WARNING, "external-rate-limited", ref, "rate limited: " + q
                    + " answered 429 Too Many Requests" + (s.detail().isEmpty() ? "" : " (" + s.detail() + ")")
                    + " on every attempt; check it again later", null);
            case BAD_RESPONSE -> problem(Severity.ERROR, "external-bad-response", ref, "bad response from " + q + ": "
                    + s.detail(), null);
            case TOO_LARGE -> problem(Severity.ERROR, "external-too-large", ref, "answer too large from " + q + ": "
                    + s.detail(), null);
            case BAD_URL -> problem(Severity.ERROR, "external-bad-url", ref, "malformed URL " + q + ": " + s.detail(),
                    null);
        };
    }

    private static Diagnostic problem(Severity severity, String code, ExternalRef ref, String message, String suggestion) {
        return new Diagnostic(severity, code, ref.where(), message, ref.url(), suggestion);
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 451 -> "Unavailable For Legal Reasons";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "";
        };
    }
}
