package cairn.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A stage that runs on a thread of its own while the build goes on, for work that needs
 * nothing the following stages make and makes nothing they read (the social cards, while
 * the mostly single-threaded "render extras" leaves a core idle). {@link #await()} waits
 * for it and rethrows what it threw; {@link #close()} waits too, so nothing it does
 * outlives the stage that started it, even when that stage fails.
 */
final class BackgroundStage implements AutoCloseable {

    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private BackgroundStage(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        }, "cairn-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts {@code work} on a new thread named after the stage. */
    static BackgroundStage start(String name, Runnable work) {
        return new BackgroundStage(name, work);
    }

    /** Waits until the work is done; rethrows its exception or error as it was thrown. */
    void await() {
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw Workers.unchecked(e);
        }
    }

    /** Waits until the work is done, whether it worked or not (its failure is {@link #await()}'s to report). */
    @Override
    public void close() {
        boolean interrupted = false;
        while (true) {
            try {
                done.handle((v, t) -> null).get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
