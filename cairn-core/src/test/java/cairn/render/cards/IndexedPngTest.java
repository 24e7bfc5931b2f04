package cairn.render.cards;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written PNG encoder against the JDK's PNG decoder. */
class IndexedPngTest {

    private static final int[] PALETTE = {0xfbfaf7, 0x1d2125, 0x0f5e73, 0xd9d5cc, 0x8a5a1f};

    /** Rows with runs, rows repeating the one above and noise: every kind of match and literals. */
    private static byte[] raster(int width, int height, long seed) {
        Random random = new Random(seed);
        byte[] raw = new byte[height * (width + 1)];
        for (int y = 0; y < height; y++) {
            int row = y * (width + 1);
            if (y > 0 && random.nextInt(3) == 0) {
                System.arraycopy(raw, row - width - 1, raw, row, width + 1);
                continue;
            }
            for (int x = 0; x < width; x++) {
                int kind = random.nextInt(10);
                raw[row + 1 + x] = kind < 6 ? 0 : kind < 8 && x > 0 ? raw[row + x] : (byte) random.nextInt(PALETTE.length);
            }
        }
        return raw;
    }

    private static void assertDecodesTo(byte[] png, int width, int height, byte[] raw) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertEquals(PALETTE[raw[y * (width + 1) + 1 + x]], image.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void decodesToTheSamePixels() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            byte[] raw = raster(301, 97, seed);
            assertDecodesTo(IndexedPng.encode(301, 97, PALETTE, raw), 301, 97, raw);
        }
    }

    @Test
    void rowsCompressedOnceFromATemplateGiveTheSamePngAsCompressingEverything() throws Exception {
        byte[] template = raster(200, 60, 7);
        IndexedPng encoder = new IndexedPng(200, 60, PALETTE, template, 20, 45);
        for (long seed = 10; seed < 14; seed++) {
            byte[] raw = template.clone();
            byte[] middle = raster(200, 60, seed);
            int stride = 201;
            System.arraycopy(middle, 20 * stride, raw, 20 * stride, 24 * stride); // rows 20..43; row 44 stays
            byte[] png = encoder.encode(raw);
            assertDecodesTo(png, 200, 60, raw);
        }
    }

    @Test
    void rowsLeftAsTheTemplatesAmongChangedOnesKeepTheChecksumRight() throws Exception {
        // the Adler-32 of unchanged rows comes from the template's sums: zlib checks it when inflating
        byte[] template = raster(200, 60, 21);
        IndexedPng encoder = new IndexedPng(200, 60, PALETTE, template, 10, 50);
        int stride = 201;
        for (long seed = 30; seed < 34; seed++) {
            byte[] raw = template.clone();
            byte[] other = raster(200, 60, seed);
            for (int row = 10; row < 49; row += 1 + (int) (seed % 3)) { // every first, second or third row changed
                System.arraycopy(other, row * stride, raw, row * stride, stride);
            }
            assertArrayEquals(raw, inflate(encoder.encode(raw)));
        }
        assertArrayEquals(template, inflate(encoder.encode(template.clone())), "no row changed");
    }

    /** The image data of {@code png}, inflated by the platform's zlib, which fails on a wrong Adler-32. */
    static byte[] inflate(byte[] png) throws Exception {
        int at = 8;
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        while (at < png.length) {
            int length = (png[at] & 0xff) << 24 | (png[at + 1] & 0xff) << 16 | (png[at + 2] & 0xff) << 8 | png[at + 3] & 0xff;
            if (new String(png, at + 4, 4, StandardCharsets.US_ASCII).equals("IDAT")) {
                data.write(png, at + 8, length);
            }
            at += 12 + length;
        }
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(data.toByteArray());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer); // DataFormatException "incorrect data check" on a wrong sum
            assertTrue(n > 0 || inflater.finished(), "the stream ends early");
            out.write(buffer, 0, n);
        }
        inflater.end();
        return out.toByteArray();
    }

    @Test
    void rowsSaidToBeTheTemplatesGiveTheBytesOfCompressingThemAll() throws Exception {
        // a painter flags the rows it drew on; the others (and, among them, stretches repeating the
        // row above) are written from the template without being read: the same bytes either way
        int stride = 201;
        byte[] template = raster(200, 80, 41);
        for (int row = 30; row < 60; row++) { // a blank stretch, as between a card's lines
            java.util.Arrays.fill(template, row * stride, (row + 1) * stride, (byte) 0);
        }
        IndexedPng encoder = new IndexedPng(200, 80, PALETTE, template, 10, 70);
        for (long seed = 50; seed < 56; seed++) {
            Random random = new Random(seed);
            byte[] raw = template.clone();
            byte[] other = raster(200, 80, seed);
            boolean[] changed = new boolean[80];
            for (int row = 10; row < 69; row++) {
                if (random.nextInt(4) == 0) {
                    System.arraycopy(other, row * stride, raw, row * stride, stride);
                    changed[row] = true;
                }
            }
            byte[] png = encoder.encode(raw, changed, null);
            assertArrayEquals(encoder.encode(raw), png, "seed " + seed);
            assertDecodesTo(png, 200, 80, raw);
        }
    }

    @Test
    void aBlankImageIsSmallAndCarriesNoMetadata() throws Exception {
        byte[] png = IndexedPng.encode(1200, 630, PALETTE, new byte[630 * 1201]);
        assertTrue(png.length < 10_000, "blank 1200x630 (756 KB of pixels): " + png.length + " bytes");
        assertEquals(List.of("IHDR", "PLTE", "IDAT", "IEND"), chunks(png));
    }

    @Test
    void sameRowsGiveSameBytes() {
        byte[] raw = raster(120, 40, 3);
        assertArrayEquals(IndexedPng.encode(120, 40, PALETTE, raw), IndexedPng.encode(120, 40, PALETTE, raw.clone()));
    }

    static List<String> chunks(byte[] png) {
        List<String> names = new ArrayList<>();
        for (int at = 8; at < png.length; ) {
            int length = (png[at] & 0xff) << 24 | (png[at + 1] & 0xff) << 16 | (png[at + 2] & 0xff) << 8 | png[at + 3] & 0xff;
            names.add(new String(png, at + 4, 4, StandardCharsets.US_ASCII));
            at += 12 + length;
        }
        return names;
    }
}
