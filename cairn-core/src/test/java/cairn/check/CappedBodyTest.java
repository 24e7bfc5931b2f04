package cairn.check;

import org.junit.jupiter.api.Test;

import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The body reader of {@code check --external}: it asks for one buffer at a time and stops
 * asking at {@link HttpProber#BODY_CAP}, so however much a server sends, the checker
 * reads a small, fixed part of it (HostileServersTest shows the same end to end, where
 * socket buffers blur the figure).
 */
class CappedBodyTest {

    /** A subscription that counts what the body asked for. */
    private static final class Upstream implements Flow.Subscription {
        long requested;
        boolean cancelled;

        @Override
        public void request(long n) {
            requested += n;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private static List<ByteBuffer> bytes(int n) {
        return List.of(ByteBuffer.allocate(n));
    }

    @Test
    void stopsAskingAndCancelsOnceTheCapIsReached() throws Exception {
        CappedBody body = new CappedBody(HttpProber.BODY_CAP);
        Upstream up = new Upstream();
        body.onSubscribe(up);
        int delivered = 0;
        while (!up.cancelled) {
            assertEquals(delivered / (16 * 1024) + 1, up.requested, "one buffer asked for at a time");
            body.onNext(bytes(16 * 1024));
            delivered += 16 * 1024;
            assertTrue(delivered <= HttpProber.BODY_CAP, "read on past the cap: " + delivered);
        }
        assertEquals(64 * 1024, HttpProber.BODY_CAP, "a small cap: enough to see an answer arrive");
        assertEquals(HttpProber.BODY_CAP, delivered);
        assertEquals(4, up.requested, "nothing more asked for after the cap");
        assertEquals(HttpProber.BODY_CAP, body.getBody().toCompletableFuture().get());
    }

    @Test
    void aBodyThatEndsBeforeTheCapCountsWhatCame() throws Exception {
        CappedBody body = new CappedBody(HttpProber.BODY_CAP);
        Upstream up = new Upstream();
        body.onSubscribe(up);
        body.onNext(bytes(1000));
        body.onComplete();
        assertEquals(1000L, body.getBody().toCompletableFuture().get());
        assertFalse(up.cancelled);
    }

    @Test
    void runningOutOfTimeFailsWithATimeoutAndClosesTheConnection() {
        CappedBody body = new CappedBody(HttpProber.BODY_CAP);
        Upstream up = new Upstream();
        body.onSubscribe(up);
        body.onNext(bytes(10));
        body.expire();
        CompletableFuture<Long> result = body.getBody().toCompletableFuture();
        ExecutionException e = assertThrows(ExecutionException.class, result::get);
        assertInstanceOf(HttpTimeoutException.class, e.getCause());
        assertTrue(up.cancelled);
    }

    @Test
    void expiringBeforeTheBodyStartsCancelsItAtOnce() {
        CappedBody body = new CappedBody(HttpProber.BODY_CAP);
        body.expire();
        Upstream up = new Upstream();
        body.onSubscribe(up);
        assertTrue(up.cancelled);
        assertEquals(0, up.requested, "nothing read");
    }
}
