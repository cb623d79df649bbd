package io.vectorprop.mlp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Saves and loads an {@link Mlp}'s parameters in the safetensors format, so PyTorch can read them and the
 * reverse: tensors {@code layers.{i}.weight} [out, in] and {@code layers.{i}.bias} [out], F32, little-endian
 * (the names of an {@code nn.Sequential} of {@code nn.Linear} stored as attribute {@code layers}).
 * Loading checks everything (header, names, dtypes, shapes, offsets, file size) before it changes the model.
 */
public final class Safetensors {
    private Safetensors() {}

    /**
     * Writes the model's weights and biases to a safetensors file (replacing it).
     *
     * @param model the model
     * @param file the file to write
     * @throws IOException if the file cannot be written
     * @throws NullPointerException if an argument is null
     */
    public static void save(Mlp model, Path file) throws IOException {
        StringBuilder json = new StringBuilder("{");
        long off = 0;
        int L = model.layers();
        int[] wd = model.widths();
        for (int l = 0; l < L; l++) {
            long wBytes = 4L * wd[l + 1] * wd[l], bBytes = 4L * wd[l + 1];
            json.append(String.format("\"layers.%d.weight\":{\"dtype\":\"F32\",\"shape\":[%d,%d],\"data_offsets\":[%d,%d]},",
                    l, wd[l + 1], wd[l], off, off + wBytes));
            off += wBytes;
            json.append(String.format("\"layers.%d.bias\":{\"dtype\":\"F32\",\"shape\":[%d],\"data_offsets\":[%d,%d]},",
                    l, wd[l + 1], off, off + bBytes));
            off += bBytes;
        }
        json.append("\"__metadata__\":{\"format\":\"pt\"}}");
        byte[] header = json.toString().getBytes(StandardCharsets.UTF_8);
        int pad = (8 - header.length % 8) % 8;
        ByteBuffer bb = ByteBuffer.allocate((int) (8 + header.length + pad + off)).order(ByteOrder.LITTLE_ENDIAN);
        bb.putLong(header.length + pad).put(header);
        for (int i = 0; i < pad; i++) bb.put((byte) ' ');
        for (int l = 0; l < L; l++) {
            for (float v : model.w[l]) bb.putFloat(v);
            for (float v : model.b[l]) bb.putFloat(v);
        }
        Files.write(file, bb.array());
    }

    /**
     * Reads weights and biases from a safetensors file into a model of the same layer widths. The whole file is
     * checked first; on any error the model is unchanged. The file must hold exactly the model's tensors (and may
     * hold a {@code __metadata__} entry).
     *
     * @param model the model whose parameters are replaced (optimizer state is kept)
     * @param file the file to read
     * @throws IOException if the file cannot be read, is malformed, or its tensors do not match the model
     * @throws NullPointerException if an argument is null
     */
    public static void load(Mlp model, Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        ByteBuffer bb = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        if (all.length < 8) {
            throw new IOException(file + ": too short for a safetensors header");
        }
        long n = bb.getLong();
        if (n < 2 || n > all.length - 8) {
            throw new IOException(file + ": header length " + n + " does not fit a file of " + all.length + " bytes");
        }
        String json = new String(all, 8, (int) n, StandardCharsets.UTF_8);
        Map<String, Object> header;
        try {
            header = new Json(json).object();
        } catch (RuntimeException e) {
            throw new IOException(file + ": malformed header JSON: " + e.getMessage());
        }
        int dataStart = 8 + (int) n, dataLen = all.length - dataStart;
        int L = model.layers();
        int[] wd = model.widths();
        float[][] nw = new float[L][], nb = new float[L][];
        for (int l = 0; l < L; l++) {
            nw[l] = tensor(file, header, "layers." + l + ".weight", new long[] {wd[l + 1], wd[l]}, all, dataStart, dataLen);
            nb[l] = tensor(file, header, "layers." + l + ".bias", new long[] {wd[l + 1]}, all, dataStart, dataLen);
        }
        for (String k : header.keySet()) {
            if (!k.equals("__metadata__") && !k.matches("layers\\.\\d+\\.(weight|bias)")) {
                throw new IOException(file + ": unexpected tensor '" + k + "'");
            }
            if (k.startsWith("layers.") && Integer.parseInt(k.split("\\.")[1]) >= L) {
                throw new IOException(file + ": tensor '" + k + "' but the model has " + L + " layers");
            }
        }
        for (int l = 0; l < L; l++) { // all checked: now change the model
            model.setWeights(l, nw[l]);
            model.setBias(l, nb[l]);
        }
    }

    @SuppressWarnings("unchecked")
    private static float[] tensor(Path file, Map<String, Object> header, String name, long[] shape,
                                  byte[] all, int dataStart, int dataLen) throws IOException {
        Object o = header.get(name);
        if (!(o instanceof Map)) {
            throw new IOException(file + ": missing tensor '" + name + "'");
        }
        Map<String, Object> t = (Map<String, Object>) o;
        if (!"F32".equals(t.get("dtype"))) {
            throw new IOException(file + ": tensor '" + name + "' has dtype " + t.get("dtype") + ", expected F32");
        }
        Object s = t.get("shape"), d = t.get("data_offsets");
        if (!(s instanceof java.util.List) || !(d instanceof java.util.List) || ((java.util.List<?>) d).size() != 2) {
            throw new IOException(file + ": tensor '" + name + "' lacks shape or data_offsets");
        }
        java.util.List<Object> sl = (java.util.List<Object>) s, dl = (java.util.List<Object>) d;
        boolean same = sl.size() == shape.length;
        for (int i = 0; same && i < shape.length; i++) same = sl.get(i) instanceof Long && (Long) sl.get(i) == shape[i];
        if (!same) {
            throw new IOException(file + ": tensor '" + name + "' has shape " + sl + ", the model needs "
                    + java.util.Arrays.toString(shape));
        }
        long count = 1;
        for (long v : shape) count *= v;
        long begin = (Long) dl.get(0), end = (Long) dl.get(1);
        if (begin < 0 || end != begin + 4 * count || end > dataLen) {
            throw new IOException(file + ": tensor '" + name + "' has data_offsets [" + begin + ", " + end
                    + "], expected " + 4 * count + " bytes within the " + dataLen + " bytes of data");
        }
        float[] out = new float[(int) count];
        ByteBuffer bb = ByteBuffer.wrap(all, dataStart + (int) begin, (int) (4 * count)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) out[i] = bb.getFloat();
        return out;
    }

    /** A minimal JSON reader for safetensors headers: objects, arrays, strings, integers. */
    private static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Map<String, Object> object() {
            Map<String, Object> m = (Map<String, Object>) value();
            ws();
            if (i != s.length()) throw new IllegalArgumentException("trailing data at " + i);
            return m;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private Object value() {
            ws();
            if (i >= s.length()) throw new IllegalArgumentException("unexpected end");
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new HashMap<>();
                i++;
                ws();
                if (peek('}')) return m;
                do {
                    ws();
                    String k = string();
                    ws();
                    expect(':');
                    m.put(k, value());
                    ws();
                } while (take(','));
                expect('}');
                return m;
            }
            if (c == '[') {
                java.util.List<Object> l = new java.util.ArrayList<>();
                i++;
                ws();
                if (peek(']')) return l;
                do {
                    l.add(value());
                    ws();
                } while (take(','));
                expect(']');
                return l;
            }
            if (c == '"') return string();
            int st = i;
            while (i < s.length() && "-0123456789".indexOf(s.charAt(i)) >= 0) i++;
            if (st == i) throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
            return Long.parseLong(s.substring(st, i));
        }

        private String string() {
            expect('"');
            int st = i;
            while (i < s.length() && s.charAt(i) != '"') {
                if (s.charAt(i) == '\\') throw new IllegalArgumentException("escapes are not supported");
                i++;
            }
            String r = s.substring(st, i);
            expect('"');
            return r;
        }

        private boolean peek(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private boolean take(char c) {
            return peek(c);
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) throw new IllegalArgumentException("expected '" + c + "' at " + i);
            i++;
        }
    }
}
