package cairn.content;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class FingerprintTest {

    /** The bytes of MurmurHash3_x64_128 as other implementations print them: h1 then h2, little-endian. */
    private static String murmurBytes(byte[] input) {
        long[] v = new Fingerprint().bytes(input, 0, input.length).finish();
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(v[0]).putLong(v[1]);
        return HexFormat.of().formatHex(b.array());
    }

    @Test
    void isMurmurHash3OfTheBytesFedIn() {
        // reference values from Python's mmh3 (mmh3.hash128(data, 0, True)) and Guava's murmur3_128
        assertEquals("00000000000000000000000000000000", murmurBytes(new byte[0]));
        assertEquals("897859f6655555855a890e51483ab5e6", murmurBytes("a".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("6c1b07bc7bbc4be347939ac4a93c437a",
                murmurBytes("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII)));
        byte[] forty = new byte[40];
        for (int i = 0; i < forty.length; i++) {
            forty[i] = (byte) i;
        }
        assertEquals("64808c41d854a0c3ad124c9730ca01a0", murmurBytes(forty));
    }

    @Test
    void givesTheSameFingerprintHoweverTheBytesAreCutIntoPieces() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            byte[] data = new byte[random.nextInt(100)];
            random.nextBytes(data);
            String whole = new Fingerprint().bytes(data, 0, data.length).hex();
            Fingerprint pieces = new Fingerprint();
            int at = 0;
            while (at < data.length) {
                int n = Math.min(data.length - at, random.nextInt(20));
                pieces.bytes(data, at, n);
                at += n;
            }
            assertEquals(whole, pieces.hex(), "cut differently, round " + round);
        }
    }

    @Test
    void stringsAreFedWithTheirLengthSoTheirBoundariesCount() {
        assertNotEquals(new Fingerprint().text("ab").text("c").hex(), new Fingerprint().text("a").text("bc").hex());
        assertEquals(new Fingerprint().text("ab").text("c").hex(), new Fingerprint().text("ab").text("c").hex());
        assertNotEquals(new Fingerprint().text("").hex(), new Fingerprint().hex());
    }

    @Test
    void aHundredThousandDifferentTextsGetDifferentFingerprints() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(new Fingerprint().text("page-" + i + ".md").text("title: Page " + i).hex());
        }
        assertEquals(100_000, seen.size());
    }

    @Test
    void hexIsThirtyTwoDigits() {
        assertEquals(32, new Fingerprint().text("x").hex().length());
    }
}
