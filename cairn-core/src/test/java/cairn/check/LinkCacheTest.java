package cairn.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkCacheTest {

    @TempDir
    Path dir;

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void keepsResultsAcrossRunsUntilTheyExpire() throws Exception {
        LinkCache cache = LinkCache.load(dir, Duration.ofDays(7), at("2025-01-01T00:00:00Z"));
        LinkStatus moved = new LinkStatus(LinkStatus.Kind.MOVED, 200, "https://b.example/\"x\"", "https://b.example/é", "");
        cache.put("https://a.example/x?q=1&r=\\", moved);
        cache.put("https://a.example/down", LinkStatus.of(LinkStatus.Kind.TIMEOUT, "https://a.example/down", "t"));
        cache.save();

        LinkCache next = LinkCache.load(dir, Duration.ofDays(7), at("2025-01-07T00:00:00Z"));
        assertEquals(Optional.of(moved), next.get("https://a.example/x?q=1&r=\\"));
        assertEquals(Optional.empty(), next.get("https://a.example/down"), "timeouts are not cached");
        assertEquals(Optional.empty(), LinkCache.load(dir, Duration.ofDays(7), at("2025-01-09T00:00:00Z"))
                .get("https://a.example/x?q=1&r=\\"));
    }

    @Test
    void aDamagedCacheIsAnEmptyOne() throws Exception {
        Files.createDirectories(dir.resolve(".cairn"));
        Files.writeString(dir.resolve(LinkCache.FILE), "{\"version\": 1, \"entries\": {\"x\": {\"kind\": \"NOPE\"");
        assertEquals(0, LinkCache.load(dir, Duration.ofDays(7), Clock.systemUTC()).size());
    }
}
