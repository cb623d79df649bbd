package io.vectorprop.data;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Readers for the IDX format (MNIST, Fashion-MNIST; gzip-compressed or raw, detected by content) and for
 * CSV files of numeric features followed by an integer label. Malformed input gets an {@link IOException}
 * naming the file and what is wrong.
 */
public final class Loaders {
    private Loaders() {}

    /** Reads a whole file, gunzipping when it starts with the gzip magic. */
    static byte[] readMaybeGzip(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        if (raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 4);
                in.transferTo(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new IOException(file + ": corrupt gzip data (" + e.getMessage() + ")", e);
            }
        }
        return raw;
    }

    /** The dimensions of an unsigned-byte IDX file, after checking its header; the data starts at 4 + 4·dims. */
    static int[] idxDims(Path file, ByteBuffer bb, int expectDims) throws IOException {
        if (bb.remaining() < 4) {
            throw new IOException(file + ": too short for an IDX header");
        }
        int magic = bb.getInt();
        if ((magic >>> 16) != 0 || ((magic >>> 8) & 0xff) != 0x08) {
            throw new IOException(file + String.format(": bad IDX magic number 0x%08x (expected 0x0000080%d, unsigned bytes)", magic, expectDims));
        }
        int dims = magic & 0xff;
        if (dims != expectDims) {
            throw new IOException(file + ": IDX file has " + dims + " dimensions, expected " + expectDims);
        }
        if (bb.remaining() < 4 * dims) {
            throw new IOException(file + ": truncated IDX header");
        }
        int[] d = new int[dims];
        long total = 1;
        for (int i = 0; i < dims; i++) {
            d[i] = bb.getInt();
            if (d[i] <= 0) {
                throw new IOException(file + ": IDX dimension " + i + " is " + d[i]);
            }
            total *= d[i];
        }
        if (bb.remaining() != total) {
            throw new IOException(file + ": IDX data has " + bb.remaining() + " bytes, the header says " + total
                    + (bb.remaining() < total ? " (truncated)" : ""));
        }
        return d;
    }

    /**
     * Reads an IDX image file (3 dimensions: count × rows × cols, unsigned bytes) and its label file (1 dimension),
     * each raw or gzip-compressed; pixels are scaled to [0, 1].
     *
     * @param images the image file, e.g. {@code train-images-idx3-ubyte.gz}
     * @param labels the label file, e.g. {@code train-labels-idx1-ubyte.gz}
     * @param classes number of classes; every label must be below it
     * @return a data set of {@code count} samples of {@code rows·cols} features
     * @throws IOException if a file cannot be read, is not IDX of the expected shape, is truncated, the counts
     *         differ, or a label is out of range
     */
    public static Dataset idx(Path images, Path labels, int classes) throws IOException {
        ByteBuffer ib = ByteBuffer.wrap(readMaybeGzip(images));
        int[] d = idxDims(images, ib, 3);
        ByteBuffer lb = ByteBuffer.wrap(readMaybeGzip(labels));
        int[] dl = idxDims(labels, lb, 1);
        if (dl[0] != d[0]) {
            throw new IOException(labels + ": " + dl[0] + " labels for " + d[0] + " images in " + images);
        }
        int n = d[0], width = d[1] * d[2];
        float[] x = new float[n * width];
        for (int i = 0; i < x.length; i++) x[i] = (ib.get() & 0xff) / 255f;
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = lb.get() & 0xff;
            if (y[i] >= classes) {
                throw new IOException(labels + ": label " + y[i] + " at index " + i + " is not below " + classes);
            }
        }
        return new Dataset(x, y, n, width, classes);
    }

    /**
     * Reads a CSV file (raw or gzip-compressed): each line holds {@code width} numbers and then an integer label;
     * blank lines are skipped, every line must have the same width.
     *
     * @param file the file
     * @param classes number of classes; every label must be in {@code [0, classes)}
     * @return the data set, features as read (not scaled)
     * @throws IOException if the file cannot be read, is empty, or a line is malformed (the message names the line)
     */
    public static Dataset csv(Path file, int classes) throws IOException {
        return csv(new java.io.ByteArrayInputStream(readMaybeGzip(file)), file.toString(), classes);
    }

    /**
     * Reads CSV, as {@link #csv(Path, int)}, from a stream, which is read to its end and not closed.
     *
     * @param in the stream, UTF-8 text
     * @param name the name used in error messages
     * @param classes number of classes; every label must be in {@code [0, classes)}
     * @return the data set, features as read (not scaled)
     * @throws IOException if the stream fails, holds no data, or a line is malformed (the message names the line)
     */
    public static Dataset csv(InputStream in, String name, int classes) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        java.util.ArrayList<float[]> rows = new java.util.ArrayList<>();
        java.util.ArrayList<Integer> ys = new java.util.ArrayList<>();
        int width = -1, lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            line = line.trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",");
            if (width < 0) {
                width = f.length - 1;
                if (width < 1) {
                    throw new IOException(name + ":" + lineNo + ": need at least one feature and a label");
                }
            } else if (f.length - 1 != width) {
                throw new IOException(name + ":" + lineNo + ": " + (f.length - 1) + " features, expected " + width);
            }
            float[] row = new float[width];
            try {
                for (int j = 0; j < width; j++) row[j] = Float.parseFloat(f[j].trim());
                int y = Integer.parseInt(f[width].trim());
                if (y < 0 || y >= classes) {
                    throw new IOException(name + ":" + lineNo + ": label " + y + " outside [0, " + classes + ")");
                }
                ys.add(y);
            } catch (NumberFormatException e) {
                throw new IOException(name + ":" + lineNo + ": not a number (" + e.getMessage() + ")");
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IOException(name + ": no data");
        }
        float[] x = new float[rows.size() * width];
        int[] y = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, x, i * width, width);
            y[i] = ys.get(i);
        }
        return new Dataset(x, y, rows.size(), width, classes);
    }

    /**
     * The digits data set bundled with vectorprop: 1797 images of 8×8 pixels (the UCI optical digits set), pixels
     * 0..16 scaled to [0, 1], 10 classes.
     *
     * @return a new data set (its own arrays)
     * @throws IOException if the bundled resource cannot be read (a broken jar)
     */
    public static Dataset digits() throws IOException {
        try (InputStream in = Loaders.class.getResourceAsStream("/io/vectorprop/data/digits.csv.gz")) {
            if (in == null) {
                throw new IOException("bundled digits.csv.gz not found on the class path");
            }
            return csv(new GZIPInputStream(in), "digits.csv.gz", 10).scale(1f / 16);
        }
    }
}
