package io.vectorprop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns JMH CSV results (-rf csv) into Markdown rows: GEMM in GFLOP/s (2·M·N·K / time), the FMA peak in
 * GFLOP/s, everything else as JMH reported it plus a rate where the benchmark defines one.
 * Usage: java -cp jmh/target/benchmarks.jar io.vectorprop.bench.Report file.csv...
 */
public final class Report {
    /** Bytes read + written per element by the streaming kernels (float32). */
    static final Map<String, Integer> BYTES = Map.ofEntries(Map.entry("relu", 8), Map.entry("reluOffset", 8), Map.entry("reluBackward", 12),
            Map.entry("hadamard", 12), Map.entry("saxpy", 12), Map.entry("biasAdd", 8), Map.entry("biasGrad", 4), Map.entry("sgd", 12),
            Map.entry("momentum", 20), Map.entry("adam", 28),
            // StreamBenchmark, the ceilings
            Map.entry("copy", 8), Map.entry("arraycopy", 8), Map.entry("scale", 8), Map.entry("inPlaceAdd", 8),
            Map.entry("triad", 12), Map.entry("copyVector", 8));

    public static void main(String[] args) throws IOException {
        for (String f : args) {
            List<String> lines = Files.readAllLines(Path.of(f));
            if (lines.isEmpty()) {
                continue;
            }
            List<String> head = split(lines.get(0));
            System.out.println("| benchmark | params | score | error (99.9%) | unit | rate |");
            System.out.println("|---|---|---|---|---|---|");
            for (String line : lines.subList(1, lines.size())) {
                List<String> v = split(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < head.size() && i < v.size(); i++) {
                    row.put(head.get(i), v.get(i));
                }
                String name = row.get("Benchmark").replace("io.vectorprop.", "");
                StringBuilder params = new StringBuilder();
                for (Map.Entry<String, String> e : row.entrySet()) {
                    if (e.getKey().startsWith("Param: ")) {
                        params.append(e.getKey().substring(7)).append('=').append(e.getValue()).append(' ');
                    }
                }
                double score = Double.parseDouble(row.get("Score"));
                String errS = row.get("Score Error (99.9%)");
                double err = errS == null || errS.isEmpty() || errS.equals("NaN") ? Double.NaN : Double.parseDouble(errS);
                String unit = row.get("Unit");
                String rate = "";
                if (name.contains("GemmBenchmark") && unit.equals("ns/op")) {
                    String[] d = row.get("Param: shape").split("x");
                    double flop = 2.0 * Double.parseDouble(d[0]) * Double.parseDouble(d[1]) * Double.parseDouble(d[2]);
                    rate = String.format("%.1f GFLOP/s (%.1f–%.1f)", flop / score, flop / (score + err), flop / Math.max(score - err, 1e-9));
                } else if (name.contains("FmaPeakBenchmark") && unit.equals("ns/op")) {
                    double flop = FmaPeakBenchmark.ITER * 16.0 * (name.endsWith("fma512") ? 16 : 8) * 2;
                    rate = String.format("%.1f GFLOP/s (%.1f–%.1f)", flop / score, flop / (score + err), flop / Math.max(score - err, 1e-9));
                } else if (name.endsWith("softmaxCrossEntropy") && unit.equals("ns/op")) {
                    double n = 256.0 * Double.parseDouble(row.get("Param: classes"));
                    rate = String.format("%.2f Gelem/s", n / score);
                } else if (row.containsKey("Param: n") && unit.equals("ns/op")) {
                    double n = Double.parseDouble(row.get("Param: n"));
                    String method = name.substring(name.lastIndexOf('.') + 1);
                    int bytes = BYTES.getOrDefault(method, 0);
                    rate = String.format("%.2f Gelem/s", n / score) + (bytes > 0 ? String.format(", %.1f GB/s", n * bytes / score) : "");
                } else if (unit.equals("ops/s")) {
                    rate = String.format("%.1f steps/s", score);
                }
                System.out.printf("| %s | %s| %.4g | %.2g | %s | %s |%n", name, params, score, err, unit, rate);
            }
            System.out.println();
        }
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                q = !q;
            } else if (ch == ',' && !q) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
