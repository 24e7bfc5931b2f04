package cairn.cache;

import cairn.markdown.RenderedMarkdown;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * One pack file of the {@link MarkdownStore}: many rendered page bodies in one file, so a
 * build opens a handful of files instead of one per page. Layout (big-endian):
 * <pre>
 * header   "CMPK" magic, format (int)
 * records  key (32-byte digest), payload length (int), payload, CRC-32 of key+length+payload (int)
 * index    per record: key, record offset (long), payload length (int)
 * trailer  index offset (long), record count (int), CRC-32 of the index (int), "CMPE" magic
 * </pre>
 * The index and trailer come last, so a {@link MarkdownPackWriter} streams records
 * without holding them and a reader finds every key from the file's end. A pack is
 * written under a temporary name ({@code pack-<id>.tmp}) and renamed to {@code pack-<id>.cmp} once
 * complete, so a {@code .cmp} file is whole unless the disk damaged it; {@link #open}
 * refuses one whose header, trailer or index does not check out, and {@link #record}
 * returns nothing for a record whose key, length or checksum is wrong. The id starts
 * with the creation time in hex, so names sort oldest first. Reads are positional, so
 * any number of threads may read one pack at once. Packs are not fsynced: after a power
 * cut one may be cut short or hold garbage, which the checks turn into misses.
 */
final class MarkdownPack implements AutoCloseable {

    /**
     * Changes whenever the layout above or {@link RenderedMarkdownCodec}'s payload changes
     * (1, 2: the one-file-per-entry store, 2 with search words; 3: packs; 6: 128-bit keys).
     */
    static final int FORMAT = 6;
    static final int MAGIC = 0x434d504b; // "CMPK"
    static final int END_MAGIC = 0x434d5045; // "CMPE"
    static final int HEADER = 8;
    static final int TRAILER = 20;
    static final int INDEX_ENTRY = Key.BYTES + 12;
    static final int FRAME = Key.BYTES + 8; // key and length before the payload, CRC after it
    static final String PREFIX = "pack-";
    static final String SUFFIX = ".cmp";
    static final String TEMP_SUFFIX = ".tmp";

    /** A page's {@link cairn.content.Fingerprint}, as its two longs: cheap to hash and compare. */
    record Key(long a, long b) {
        static final int BYTES = 16;

        static Key of(long[] fingerprint) {
            return new Key(fingerprint[0], fingerprint[1]);
        }

        private static Key read(ByteBuffer buf) {
            return new Key(buf.getLong(), buf.getLong());
        }

        void write(ByteBuffer buf) {
            buf.putLong(a).putLong(b);
        }
    }

    private record Slot(long offset, int length) {
    }

    private final Path path;
    private final FileChannel channel;
    private final Map<Key, Slot> slots;

    private MarkdownPack(Path path, FileChannel channel, Map<Key, Slot> slots) {
        this.path = path;
        this.channel = channel;
        this.slots = slots;
    }

    static boolean isPack(String fileName) {
        return fileName.startsWith(PREFIX) && fileName.endsWith(SUFFIX);
    }

    static boolean isTemp(String fileName) {
        return fileName.startsWith(PREFIX) && fileName.endsWith(TEMP_SUFFIX);
    }

    /** The pack at {@code path} with its index read, or empty when it is unreadable, damaged or of another format. */
    static Optional<MarkdownPack> open(Path path) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
            long size = channel.size();
            if (size >= HEADER + TRAILER) {
                ByteBuffer head = read(channel, 0, HEADER);
                ByteBuffer tail = read(channel, size - TRAILER, TRAILER);
                long indexAt = tail.getLong();
                int count = tail.getInt();
                int indexCrc = tail.getInt();
                if (head.getInt() == MAGIC && head.getInt() == FORMAT && tail.getInt() == END_MAGIC && count >= 0
                        && indexAt >= HEADER && indexAt + (long) count * INDEX_ENTRY == size - TRAILER
                        && (long) count * INDEX_ENTRY <= Integer.MAX_VALUE) {
                    Optional<Map<Key, Slot>> slots = slots(read(channel, indexAt, count * INDEX_ENTRY), indexAt,
                            count, indexCrc);
                    if (slots.isPresent()) {
                        return Optional.of(new MarkdownPack(path, channel, slots.get()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: the caller treats it as no pack
        }
        closeQuietly(channel);
        return Optional.empty();
    }

    private static Optional<Map<Key, Slot>> slots(ByteBuffer index, long recordsEnd, int count, int crc) {
        CRC32 check = new CRC32();
        check.update(index.duplicate());
        if ((int) check.getValue() != crc) {
            return Optional.empty();
        }
        Map<Key, Slot> slots = new LinkedHashMap<>(count * 4 / 3 + 1);
        for (int i = 0; i < count; i++) {
            Key key = Key.read(index);
            long offset = index.getLong();
            int length = index.getInt();
            if (offset < HEADER || length < 0 || offset + FRAME + length > recordsEnd) {
                return Optional.empty();
            }
            slots.put(key, new Slot(offset, length));
        }
        return Optional.of(slots);
    }

    Path path() {
        return path;
    }

    int size() {
        return slots.size();
    }

    boolean contains(Key key) {
        return slots.containsKey(key);
    }

    /** The keys in file order. */
    Set<Key> keys() {
        return slots.keySet();
    }

    /**
     * The whole record of {@code key} (frame and payload) after checking its key, length and
     * checksum; empty when the pack lacks it, it is damaged, or the file cannot be read.
     */
    Optional<byte[]> record(Key key) {
        Slot slot = slots.get(key);
        if (slot == null) {
            return Optional.empty();
        }
        try {
            ByteBuffer buf = read(channel, slot.offset, FRAME + slot.length);
            CRC32 crc = new CRC32();
            crc.update(buf.array(), 0, buf.limit() - 4);
            if (Key.read(buf).equals(key) && buf.getInt() == slot.length
                    && buf.getInt(buf.limit() - 4) == (int) crc.getValue()) {
                return Optional.of(buf.array());
            }
        } catch (IOException | RuntimeException e) {
            // a vanished or unreadable pack is a miss
        }
        return Optional.empty();
    }

    /** The page body a record from {@link #record} holds, or empty when its payload does not decode. */
    static Optional<RenderedMarkdown> body(byte[] record) {
        try {
            return Optional.of(RenderedMarkdownCodec.decode(record, FRAME - 4, record.length - FRAME));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code body} encoded as a record for {@code key}. */
    static byte[] record(Key key, RenderedMarkdown body) throws IOException {
        int estimate = FRAME + body.html().length() + body.searchWords().length() + 256;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(estimate);
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[FRAME - 4]); // key and length, filled in below
        RenderedMarkdownCodec.encode(body, out);
        out.writeInt(0); // the checksum
        out.flush();
        ByteBuffer record = ByteBuffer.wrap(bytes.toByteArray());
        key.write(record);
        record.putInt(record.limit() - FRAME);
        CRC32 crc = new CRC32();
        crc.update(record.array(), 0, record.limit() - 4);
        record.putInt(record.limit() - 4, (int) crc.getValue());
        return record.array();
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static ByteBuffer read(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (channel.read(buf, at + buf.position()) < 0) {
                throw new IOException("pack ends early");
            }
        }
        return buf.flip();
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (Exception e) {
            // nothing to do
        }
    }
}
