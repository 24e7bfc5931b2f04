package cairn.content;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A 128-bit fingerprint of a stream of bytes and strings, for the build cache's keys: whether
 * a page's Markdown or a page's template model is the same as in an earlier build. It is
 * MurmurHash3 (x64, 128 bits, seed 0) over the bytes fed in, each string as its length and
 * its UTF-8 bytes, so {@code ("ab", "c")} and {@code ("a", "bc")} differ.
 *
 * <p>Not a cryptographic digest: nobody gains by making two of their own pages collide, and
 * an accidental collision among 2<sup>32</sup> fingerprints has a chance of about
 * 2<sup>-64</sup>. It is more than twenty times faster than SHA-256 in the C1-compiled code
 * {@code bin/cairn} runs guide-sized builds with, where SHA-256 was 3–5 % of a cold build's
 * CPU (docs/benchmarks.md). Not thread-safe; one per fingerprint.
 */
public final class Fingerprint {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long h1;
    private long h2;
    private long length;
    /** Bytes fed in that do not yet fill a 16-byte block. */
    private final byte[] pending = new byte[16];
    private int pendingCount;

    /** Feeds {@code s} in: its length in UTF-8 bytes, then those bytes. */
    public Fingerprint text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        number(b.length);
        return bytes(b, 0, b.length);
    }

    /** Feeds the four bytes of {@code n} in. */
    public Fingerprint number(int n) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            pending[pendingCount++] = (byte) (n >>> shift);
            if (pendingCount == 16) {
                block(pending, 0);
                pendingCount = 0;
            }
        }
        length += 4;
        return this;
    }

    /** Feeds another fingerprint's value in ({@link #finish()}'s two longs, eight bytes each). */
    public Fingerprint fingerprint(long[] other) {
        byte[] both = new byte[16];
        LONGS.set(both, 0, other[0]);
        LONGS.set(both, 8, other[1]);
        return bytes(both, 0, 16);
    }

    /** Feeds {@code b[off..off+len)} in. */
    public Fingerprint bytes(byte[] b, int off, int len) {
        length += len;
        int i = off;
        int end = off + len;
        if (pendingCount > 0) {
            while (pendingCount < 16 && i < end) {
                pending[pendingCount++] = b[i++];
            }
            if (pendingCount < 16) {
                return this;
            }
            block(pending, 0);
            pendingCount = 0;
        }
        for (; i + 16 <= end; i += 16) {
            block(b, i);
        }
        while (i < end) {
            pending[pendingCount++] = b[i++];
        }
        return this;
    }

    private void block(byte[] b, int at) {
        long k1 = (long) LONGS.get(b, at);
        long k2 = (long) LONGS.get(b, at + 8);
        h1 ^= mixK1(k1);
        h1 = Long.rotateLeft(h1, 27) + h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= mixK2(k2);
        h2 = Long.rotateLeft(h2, 31) + h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    private static long mixK1(long k1) {
        return Long.rotateLeft(k1 * C1, 31) * C2;
    }

    private static long mixK2(long k2) {
        return Long.rotateLeft(k2 * C2, 33) * C1;
    }

    /** The fingerprint of everything fed in, as two longs; feeding more afterwards is not allowed. */
    public long[] finish() {
        long k1 = 0;
        long k2 = 0;
        for (int i = pendingCount - 1; i >= 8; i--) {
            k2 = k2 << 8 | (pending[i] & 0xffL);
        }
        for (int i = Math.min(pendingCount, 8) - 1; i >= 0; i--) {
            k1 = k1 << 8 | (pending[i] & 0xffL);
        }
        if (pendingCount > 8) {
            h2 ^= mixK2(k2);
        }
        if (pendingCount > 0) {
            h1 ^= mixK1(k1);
        }
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        return new long[] {h1, h2};
    }

    /** The fingerprint as 32 hexadecimal digits. */
    public String hex() {
        long[] v = finish();
        return HexFormat.of().toHexDigits(v[0]) + HexFormat.of().toHexDigits(v[1]);
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
