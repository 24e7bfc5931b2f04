package cairn.check;

import cairn.content.LinkHealth;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which outcomes of {@code cairn check --external} make a resource dead for readers: a
 * resource that is gone (404 or 410, its host name gone, a TLS failure) once its failures
 * span {@code links.dead_after} days; never 429, 5xx or a refused connection.
 */
class LinkHealthStatusTest {

    private static final LocalDate DAY1 = LocalDate.parse("2025-03-01");

    /** Fails on DAY1 and again 14 days later. */
    private static LinkHealth.Entry failingTwice(LinkStatus s) {
        String word = LinkHealthRecorder.status(s);
        return LinkHealth.Entry.first(word, s.status(), DAY1).next(word, s.status(), DAY1.plusDays(14));
    }

    private static LinkStatus status(LinkStatus.Kind kind, int code, String detail) {
        return new LinkStatus(kind, code, "https://x.example/", "", detail);
    }

    @Test
    void goneResourcesAreDeadAfterDeadAfterDaysAndTransientFailuresNever() {
        Map<String, Boolean> deadFor14 = new TreeMap<>();
        for (LinkStatus s : List.of(status(LinkStatus.Kind.DEAD, 404, ""), status(LinkStatus.Kind.DEAD, 410, ""),
                status(LinkStatus.Kind.UNREACHABLE, 0, "unknown host x.example"), status(LinkStatus.Kind.TLS, 0, "bad cert"),
                status(LinkStatus.Kind.RATE_LIMITED, 429, ""), status(LinkStatus.Kind.STATUS, 503, ""),
                status(LinkStatus.Kind.UNREACHABLE, 0, "connection refused"), status(LinkStatus.Kind.TIMEOUT, 0, ""))) {
            deadFor14.put(LinkHealthRecorder.status(s) + " " + s.status(), failingTwice(s).deadFor(14));
        }
        assertEquals(Map.of("dead 404", true, "dead 410", true, "dns 0", true, "tls 0", true, "rate-limited 429", false,
                "server-error 503", false, "unreachable 0", false, "timeout 0", false), deadFor14);
        assertEquals(false, failingTwice(status(LinkStatus.Kind.DEAD, 404, "")).deadFor(15), "14 days are not 15");
    }

    @Test
    void aSuccessEndsTheRunOfFailures() {
        LinkHealth.Entry e = failingTwice(status(LinkStatus.Kind.DEAD, 404, "")).next("ok", 200, DAY1.plusDays(20));
        assertEquals(0, e.failures());
        assertTrue(e.firstFailure().isEmpty());
        assertEquals(DAY1.plusDays(20), e.lastSuccess().orElseThrow());
        assertEquals(false, e.deadFor(0));
    }

    @Test
    void everyStatusWordIsAllowedByTheResourcesSchema() throws Exception {
        JsonNode schema = JsonMapper.shared().readTree(Files.readString(Path.of("docs/schema/resources.schema.json")));
        List<String> allowed = schema.at("/properties/resources/items/properties/status/enum").valueStream()
                .map(JsonNode::asString).toList();
        assertTrue(allowed.contains("dead"), allowed.toString());
        List<String> missing = Arrays.stream(LinkStatus.Kind.values())
                .flatMap(k -> List.of(status(k, 0, ""), status(k, 404, ""), status(k, 503, ""),
                        status(k, 0, "unknown host x")).stream())
                .map(LinkHealthRecorder::status).distinct().filter(w -> !allowed.contains(w)).toList();
        assertEquals(List.of(), missing);
    }
}
