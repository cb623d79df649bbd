package io.vectorprop.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadersTest {
    static byte[] idx(int magicDims, int[] dims, byte[] data) {
        ByteBuffer bb = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
        bb.putInt(0x0800 | magicDims);
        for (int d : dims) bb.putInt(d);
        bb.put(data);
        return bb.array();
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(o)) {
            g.write(b);
        }
        return o.toByteArray();
    }

    @Test
    void readsIdxRawAndGzip(@TempDir Path dir) throws Exception {
        byte[] pixels = new byte[3 * 2 * 2];
        for (int i = 0; i < pixels.length; i++) pixels[i] = (byte) (i * 20);
        pixels[5] = (byte) 255;
        Path img = dir.resolve("img"), lab = dir.resolve("lab.gz");
        Files.write(img, idx(3, new int[] {3, 2, 2}, pixels));
        Files.write(lab, gzip(idx(1, new int[] {3}, new byte[] {7, 0, 9})));
        Dataset d = Loaders.idx(img, lab, 10);
        assertEquals(3, d.size);
        assertEquals(4, d.width);
        assertArrayEquals(new int[] {7, 0, 9}, d.labels);
        assertEquals(1f, d.x[5]);
        assertEquals(20 / 255f, d.x[1]);
    }

    @Test
    void rejectsMalformedIdx(@TempDir Path dir) throws Exception {
        Path lab = dir.resolve("lab");
        Files.write(lab, idx(1, new int[] {2}, new byte[] {1, 2}));
        Path bad = dir.resolve("badmagic");
        Files.write(bad, idx(2, new int[] {2, 4}, new byte[8]));
        IOException e = assertThrows(IOException.class, () -> Loaders.idx(bad, lab, 10));
        assertTrue(e.getMessage().contains("badmagic") && e.getMessage().contains("dimensions"), e.getMessage());
        Path trunc = dir.resolve("trunc");
        Files.write(trunc, idx(3, new int[] {2, 2, 2}, new byte[7]));
        e = assertThrows(IOException.class, () -> Loaders.idx(trunc, lab, 10));
        assertTrue(e.getMessage().contains("trunc") && e.getMessage().contains("truncated"), e.getMessage());
        Path mism = dir.resolve("mism");
        Files.write(mism, idx(3, new int[] {3, 1, 1}, new byte[3]));
        e = assertThrows(IOException.class, () -> Loaders.idx(mism, lab, 10));
        assertTrue(e.getMessage().contains("labels"), e.getMessage());
        Path notIdx = dir.resolve("text");
        Files.writeString(notIdx, "hello world");
        assertThrows(IOException.class, () -> Loaders.idx(notIdx, lab, 10));
        Path badLabel = dir.resolve("badlabel");
        Files.write(badLabel, idx(1, new int[] {2}, new byte[] {1, 12}));
        Path two = dir.resolve("two");
        Files.write(two, idx(3, new int[] {2, 1, 1}, new byte[2]));
        e = assertThrows(IOException.class, () -> Loaders.idx(two, badLabel, 10));
        assertTrue(e.getMessage().contains("badlabel"), e.getMessage());
    }

    @Test
    void readsAndRejectsCsv(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("ok.csv");
        Files.writeString(ok, "1,2,3,0\n4,5,6,2\n\n");
        Dataset d = Loaders.csv(ok, 3);
        assertEquals(2, d.size);
        assertEquals(3, d.width);
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, java.util.Arrays.copyOf(d.x, 6));
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "1,2,3,0\n4,5,2\n");
        IOException e = assertThrows(IOException.class, () -> Loaders.csv(ragged, 3));
        assertTrue(e.getMessage().contains("ragged.csv:2"), e.getMessage());
        Path nan = dir.resolve("nan.csv");
        Files.writeString(nan, "1,x,3,0\n");
        assertThrows(IOException.class, () -> Loaders.csv(nan, 3));
        Path lab = dir.resolve("lab.csv");
        Files.writeString(lab, "1,2,3,5\n");
        assertThrows(IOException.class, () -> Loaders.csv(lab, 3));
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThrows(IOException.class, () -> Loaders.csv(empty, 3));
    }

    @Test
    void bundledDigits() throws Exception {
        Dataset d = Loaders.digits();
        assertEquals(1797, d.size);
        assertEquals(64, d.width);
        float max = 0;
        for (int i = 0; i < d.size * d.width; i++) max = Math.max(max, d.x[i]);
        assertEquals(1f, max);
    }
}
