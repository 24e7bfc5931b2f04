package cairn.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * One host's share of the external checks: the requests waiting for it, how many are in
 * flight (never more than {@code limit}), and the earliest time the next may start
 * ({@code delay} after the previous start, or later when the host asked us to wait with
 * {@code Retry-After}), and whether it has been given up after too many failed requests
 * in a row. Times are {@link System#nanoTime()} values; thread-safe.
 */
final class HostQueue<T> {

    /** "No earlier than": any time ({@code System.nanoTime()} may be negative, so not 0). */
    static final long ANY_TIME = Long.MIN_VALUE;

    private final int limit;
    private final long delay;
    private final Deque<T> waiting = new ArrayDeque<>();
    private int inFlight;
    private long nextStart = ANY_TIME;
    private int failuresInARow;
    private LinkStatus givenUp;

    HostQueue(int limit, long delayNanos) {
        this.limit = limit;
        this.delay = delayNanos;
    }

    synchronized void add(T request) {
        waiting.add(request);
    }

    /** The waiting requests that may go now, each counted in flight until {@link #done}. */
    synchronized List<T> ready() {
        List<T> out = new ArrayList<>();
        while (inFlight < limit && !waiting.isEmpty()) {
            inFlight++;
            out.add(waiting.poll());
        }
        return out;
    }

    /**
     * Claims the start of a request that may not start before {@code notBefore}: returns 0
     * and books the start when it may start now, else the nanoseconds to wait before asking again.
     */
    synchronized long claimStart(long notBefore) {
        long now = System.nanoTime();
        long earliest = Math.max(nextStart, notBefore);
        long wait = earliest == ANY_TIME ? 0 : earliest - now;
        if (wait <= 0) {
            nextStart = now + delay;
            return 0;
        }
        return wait;
    }

    /** The host asked everyone to wait until {@code until} (429/503 with Retry-After). */
    synchronized void pauseUntil(long until) {
        nextStart = nextStart == ANY_TIME ? until : Math.max(nextStart, until);
    }

    /** A request got an answer (any status): the host is alive. */
    synchronized void answered() {
        failuresInARow = 0;
    }

    /** A request got no answer; after {@code limit} in a row the host is given up with {@code failure}'s kind. */
    synchronized void failed(LinkStatus failure, int limit) {
        failuresInARow++;
        if (failuresInARow >= limit && givenUp == null) {
            givenUp = new LinkStatus(failure.kind(), 0, "", "", "not requested: the host failed " + limit
                    + " requests in a row, the last with " + failure.detail());
        }
    }

    /** The status of every request not yet sent, once the host has been given up. */
    synchronized Optional<LinkStatus> givenUp() {
        return Optional.ofNullable(givenUp);
    }

    synchronized void done() {
        inFlight--;
    }
}
