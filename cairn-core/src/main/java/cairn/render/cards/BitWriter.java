package cairn.render.cards;

import java.util.Arrays;

/** An LSB-first bit writer into a growing byte array: the image data of a card's PNG as it is compressed. */
final class BitWriter {
    byte[] bytes;
    int length;
    long buffer;
    int count;

    BitWriter(int capacity) {
        bytes = new byte[capacity];
    }

    /** Writes the low {@code n} bits of {@code value} (n ≤ 32, and no more bits than that set). */
    void write(int value, int n) {
        buffer |= (value & 0xffffffffL) << count;
        count += n;
        if (count >= 32) {
            flushWord();
            count -= 32;
        }
    }

    /** Moves the buffer's lowest 32 bits into {@code bytes}. */
    private void flushWord() {
        if (length + 4 > bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2 + 8);
        }
        bytes[length] = (byte) buffer;
        bytes[length + 1] = (byte) (buffer >>> 8);
        bytes[length + 2] = (byte) (buffer >>> 16);
        bytes[length + 3] = (byte) (buffer >>> 24);
        length += 4;
        buffer >>>= 32;
    }

    /** Writes the first {@code n} bits of {@code words} (32 a word, each from its lowest bit). */
    void writeWords(int[] words, int n) {
        int i = 0;
        for (; n >= 32; n -= 32, i++) {
            buffer |= (words[i] & 0xffffffffL) << count; // count < 32: the buffer holds it
            flushWord();
        }
        if (n > 0) {
            write(words[i] & ((1 << n) - 1), n);
        }
    }

    /** The bits written so far as 32-bit words (the last one partly), after a copy. */
    int[] words() {
        BitWriter copy = new BitWriter(length + 8);
        copy.copyFrom(this);
        copy.alignToByte();
        int[] words = new int[(copy.length + 3) / 4];
        for (int i = 0; i < copy.length; i++) {
            words[i >> 2] |= (copy.bytes[i] & 0xff) << (8 * (i & 3));
        }
        return words;
    }

    /** How many bits have been written. */
    int bitCount() {
        return length * 8 + count;
    }

    /** Becomes a copy of {@code other}, reusing its own array when it is large enough. */
    void copyFrom(BitWriter other) {
        if (bytes.length < other.length) {
            bytes = new byte[other.length * 2];
        }
        System.arraycopy(other.bytes, 0, bytes, 0, other.length);
        length = other.length;
        buffer = other.buffer;
        count = other.count;
    }

    /** Appends every bit {@code other} holds, at whatever bit this one is at. */
    void append(BitWriter other) {
        int i = 0;
        for (; i + 3 <= other.length; i += 3) {
            write((other.bytes[i] & 0xff) | (other.bytes[i + 1] & 0xff) << 8 | (other.bytes[i + 2] & 0xff) << 16, 24);
        }
        for (; i < other.length; i++) {
            write(other.bytes[i] & 0xff, 8);
        }
        long rest = other.buffer;
        for (int left = other.count; left > 0; left -= Math.min(left, 16)) {
            write((int) (rest & 0xffff) & ((1 << Math.min(left, 16)) - 1), Math.min(left, 16));
            rest >>>= 16;
        }
    }

    /** Pads to a whole byte and moves every pending bit into {@code bytes}. */
    void alignToByte() {
        if (count % 8 != 0) {
            write(0, 8 - count % 8);
        }
        while (count > 0) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2 + 8);
            }
            bytes[length++] = (byte) buffer;
            buffer >>>= 8;
            count -= 8;
        }
    }
}
