package cairn.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The build's worker threads: a fixed pool (one per core unless told otherwise) whose
 * threads have deep stacks, so recursive parsers survive deeply nested input. Results
 * come back in input order, so output never depends on scheduling.
 */
final class Workers implements AutoCloseable {

    private static final long STACK_BYTES = 64L << 20;
    private final ExecutorService pool;
    private final int threads;

    Workers(int threads) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(null, r, "cairn-worker-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    int threads() {
        return threads;
    }

    /** Applies {@code work} to every item in parallel; the results are in the order of {@code items}. */
    <T, R> List<R> map(List<T> items, Function<T, R> work) {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(pool.submit(() -> work.apply(item)));
        }
        List<R> results = new ArrayList<>(items.size());
        try {
            for (Future<R> f : futures) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw unchecked(e);
        }
        return results;
    }

    /** What the work threw, as it threw it: an error is thrown from here, anything checked comes back wrapped. */
    static RuntimeException unchecked(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
