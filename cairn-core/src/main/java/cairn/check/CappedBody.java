package cairn.check;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body only as far as {@code cap} bytes and keeps none of it: the
 * checker needs to know that an answer arrived whole (a connection that breaks off
 * before the declared end fails the exchange), not what it says. At the cap the
 * subscription is cancelled, which closes the connection, and the body completes with
 * the number of bytes seen; {@link #expire} ends it early with a timeout. Nothing is decompressed
 * (the request asks for no encoding, and a gzip bomb is only counted, never inflated).
 */
final class CappedBody implements HttpResponse.BodySubscriber<Long> {

    private final long cap;
    private final CompletableFuture<Long> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long seen;
    private boolean cancelled;

    CappedBody(long cap) {
        this.cap = cap;
    }

    @Override
    public CompletionStage<Long> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        boolean cancelNow;
        synchronized (this) {
            subscription = s;
            cancelNow = cancelled;
        }
        if (cancelNow) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        long n = 0;
        for (ByteBuffer b : buffers) {
            n += b.remaining();
        }
        Flow.Subscription s;
        synchronized (this) {
            seen += n;
            s = subscription;
        }
        if (seen >= cap) {
            s.cancel();
            result.complete(seen);
        } else {
            s.request(1);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public synchronized void onComplete() {
        result.complete(seen);
    }

    /** The body ran out of time: fails the exchange with a timeout and closes the connection. */
    void expire() {
        result.completeExceptionally(new java.net.http.HttpTimeoutException("the body took too long"));
        cancel();
    }

    private void cancel() {
        Flow.Subscription s;
        synchronized (this) {
            cancelled = true;
            s = subscription;
        }
        if (s != null) {
            s.cancel();
        }
    }
}
