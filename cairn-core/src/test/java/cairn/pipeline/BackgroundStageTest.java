package cairn.pipeline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stage on its own thread: its failure reaches the build, and it never outlives the build. */
class BackgroundStageTest {

    @Test
    void runsOnAThreadOfItsOwnAndAwaitWaitsForIt() {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        try (BackgroundStage stage = BackgroundStage.start("social-cards", () -> ranOn.set(Thread.currentThread()))) {
            stage.await();
        }
        assertNotEquals(Thread.currentThread(), ranOn.get());
        assertEquals("cairn-social-cards", ranOn.get().getName());
    }

    @Test
    void awaitRethrowsWhatTheWorkThrew() {
        UncheckedIOException failure = new UncheckedIOException(new IOException("disk full"));
        try (BackgroundStage stage = BackgroundStage.start("cards", () -> {
            throw failure;
        })) {
            assertSame(failure, assertThrows(UncheckedIOException.class, stage::await));
        }
    }

    @Test
    void closeWaitsForTheWorkEvenWhenNobodyAwaitsIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        BackgroundStage stage = BackgroundStage.start("cards", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.set(true);
        });
        Thread releaser = new Thread(release::countDown);
        releaser.start(); // the build failed before awaiting the stage: closing it still waits for the work
        stage.close();
        assertTrue(finished.get(), "close returned before the work was done");
        releaser.join();
    }
}
