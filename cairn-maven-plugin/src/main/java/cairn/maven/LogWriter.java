package cairn.maven;

import org.apache.maven.plugin.logging.Log;

import java.io.Writer;

/**
 * A {@link Writer} that hands Maven's log one line at a time. cairn starts each problem with
 * {@code error:} or {@code warning:} (on either stream: the text report of {@code check} is on
 * standard output), so those lines go to Maven's error and warning levels, the rest to info.
 * A terminal progress line ({@code \r}-redrawn) keeps only its last state; blank lines are dropped.
 */
final class LogWriter extends Writer {

    private final Log log;
    private final StringBuilder line = new StringBuilder();

    LogWriter(Log log) {
        this.log = log;
    }

    @Override
    public synchronized void write(char[] chars, int off, int len) {
        for (int i = off; i < off + len; i++) {
            char c = chars[i];
            if (c == '\n') {
                emit();
            } else if (c == '\r') {
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
    }

    private void emit() {
        String text = line.toString();
        line.setLength(0);
        if (!text.isBlank()) {
            if (text.startsWith("error: ") || text.startsWith("internal error: ")) {
                log.error(text);
            } else if (text.startsWith("warning: ")) {
                log.warn(text);
            } else {
                log.info(text);
            }
        }
    }

    @Override
    public void flush() {
        // lines go out whole, at their end
    }

    @Override
    public synchronized void close() {
        if (!line.isEmpty()) {
            emit();
        }
    }
}
