package cairn.cli;

import cairn.check.LinkChecker;

import java.io.PrintWriter;

/**
 * "checked 120/5000 external URLs (45/s)" on one terminal line, redrawn at most five
 * times a second and erased at the end; silent when the output is not a terminal.
 */
final class TerminalProgress implements LinkChecker.Progress, AutoCloseable {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    TerminalProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public synchronized void update(int done, int total) {
        long now = System.nanoTime();
        if (!enabled || total == 0 || (now - lastDraw < REDRAW_NANOS && done < total)) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(0.001, (now - start) / 1e9);
        err.printf("\rchecked %d/%d external URLs (%.0f/s)   ", done, total, done / seconds);
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        if (drawn) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }
}
