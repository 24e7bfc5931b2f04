package cairn.cache;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;

import static cairn.cache.MarkdownPack.FRAME;
import static cairn.cache.MarkdownPack.HEADER;
import static cairn.cache.MarkdownPack.INDEX_ENTRY;

/**
 * A new {@link MarkdownPack} being written: records are appended as they come (any
 * thread; each append is one buffered write under a lock), only their 44-byte index
 * entries stay in memory, so a build's memory does not grow with what it renders, and
 * {@link #finish} adds index and trailer and renames the file into place.
 */
final class MarkdownPackWriter {

    private final Path temp;
    private final OutputStream out;
    private final ByteArrayOutputStream index = new ByteArrayOutputStream();
    private final ByteBuffer entry = ByteBuffer.allocate(INDEX_ENTRY);
    private long position = HEADER;
    private int count;
    private boolean broken;

    private MarkdownPackWriter(Path temp) throws IOException {
        this.temp = temp;
        this.out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 1 << 16);
        out.write(ByteBuffer.allocate(HEADER).putInt(MarkdownPack.MAGIC).putInt(MarkdownPack.FORMAT).array());
    }

    /** Starts a pack in {@code dir} under a temporary name no other writer uses. */
    static MarkdownPackWriter create(Path dir) throws IOException {
        Files.createDirectories(dir);
        while (true) {
            String id = String.format("%013x-%016x", System.currentTimeMillis(),
                    ThreadLocalRandom.current().nextLong());
            try {
                return new MarkdownPackWriter(dir.resolve(MarkdownPack.PREFIX + id + MarkdownPack.TEMP_SUFFIX));
            } catch (FileAlreadyExistsException e) {
                // another writer drew the same id: draw again
            }
        }
    }

    int count() {
        return count;
    }

    /** Appends a record, as made by {@code MarkdownPack.record(key, body)} or read by {@code pack.record(key)}. */
    synchronized void append(MarkdownPack.Key key, byte[] record) throws IOException {
        try {
            out.write(record);
        } catch (IOException e) {
            broken = true;
            throw e;
        }
        entry.clear();
        key.write(entry);
        index.write(entry.putLong(position).putInt(record.length - FRAME).array());
        position += record.length;
        count++;
    }

    /** Writes the index and trailer and renames the pack into place; returns its path. */
    synchronized Path finish() throws IOException {
        if (broken) {
            throw new IOException("a record could not be written");
        }
        byte[] indexBytes = index.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(indexBytes);
        out.write(indexBytes);
        out.write(ByteBuffer.allocate(MarkdownPack.TRAILER).putLong(position).putInt(count)
                .putInt((int) crc.getValue()).putInt(MarkdownPack.END_MAGIC).array());
        out.close();
        String name = temp.getFileName().toString();
        String id = name.substring(0, name.length() - MarkdownPack.TEMP_SUFFIX.length());
        Path pack = temp.resolveSibling(id + MarkdownPack.SUFFIX);
        return Files.move(temp, pack, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Drops the unfinished pack. */
    synchronized void discard() {
        MarkdownPack.closeQuietly(out);
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a stale temporary file is removed by a later build
        }
    }
}
