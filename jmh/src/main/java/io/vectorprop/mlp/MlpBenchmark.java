package io.vectorprop.mlp;

import io.vectorprop.gemm.Gemm;
import io.vectorprop.gemm.GemmWorkspace;
import io.vectorprop.gemm.Transpose;
import io.vectorprop.nn.Activation;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One training step (forward, softmax cross-entropy, backward, update) in steps/s, and the same step's GEMM
 * calls alone ({@code gemmOnly}): the fraction of a step spent outside GEMM is 1 − gemmOnly⁻¹/step⁻¹ in
 * time. {@code net} is the widths joined by '-' (ReLU hidden layers), {@code batch} the minibatch, {@code threads}
 * the threads of the model and of the GEMM calls.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsPrepend = {"--add-modules", "jdk.incubator.vector", "-Xms2g", "-Xmx2g"})
public class MlpBenchmark {
    @Param({"784-256-128-10"})
    public String net;
    @Param({"64"})
    public int batch;
    @Param({"sgd"})
    public String optimizer;
    /** Threads of the model: 1 is the single-thread code path; n > 1 sets the library's count to n too. */
    @Param({"1"})
    public int threads;

    private Mlp model;
    private float[] x;
    private int[] y;
    private int[] widths;
    private float[][] ws, acts, grads;
    private GemmWorkspace gws;

    @Setup(Level.Trial)
    public void setup() {
        String[] p = net.split("-");
        widths = new int[p.length];
        for (int i = 0; i < p.length; i++) widths[i] = Integer.parseInt(p[i]);
        if (threads > 1) {
            io.vectorprop.VectorProp.setThreads(threads);
        }
        gws = new GemmWorkspace(threads);
        Mlp.Builder b = Mlp.builder(widths[0]).threads(threads);
        for (int l = 1; l < widths.length; l++) {
            b.dense(widths[l], l == widths.length - 1 ? Activation.IDENTITY : Activation.RELU);
        }
        model = b.optimizer(optimizer.equals("adam") ? Optimizer.adam(1e-4f) : Optimizer.sgd(1e-3f))
                .maxBatch(batch).seed(1).build();
        SplittableRandom r = new SplittableRandom(1);
        x = new float[batch * widths[0]];
        y = new int[batch];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        for (int i = 0; i < batch; i++) y[i] = r.nextInt(widths[widths.length - 1]);
        int L = widths.length - 1;
        ws = new float[L][];
        acts = new float[L + 1][];
        grads = new float[L + 1][];
        acts[0] = x;
        grads[0] = new float[batch * widths[0]];
        for (int l = 0; l < L; l++) {
            ws[l] = new float[widths[l + 1] * widths[l]];
            acts[l + 1] = new float[batch * widths[l + 1]];
            grads[l + 1] = new float[batch * widths[l + 1]];
        }
    }

    @Benchmark
    public float step() {
        return model.trainStep(x, 0, y, 0, batch);
    }

    /** Only the step's GEMMs: forward X·Wᵀ per layer, ∇W += Gᵀ·H per layer, G·W for all but the first. */
    @Benchmark
    public float[] gemmOnly() {
        int L = widths.length - 1;
        for (int l = 0; l < L; l++) {
            int in = widths[l], out = widths[l + 1];
            Gemm.sgemm(Transpose.N, Transpose.T, batch, out, in, 1f, acts[l], 0, in, ws[l], 0, in, 0f, acts[l + 1], 0, out, gws);
        }
        for (int l = L - 1; l >= 0; l--) {
            int in = widths[l], out = widths[l + 1];
            Gemm.sgemm(Transpose.T, Transpose.N, out, in, batch, 1f, grads[l + 1], 0, out, acts[l], 0, in, 1f, ws[l], 0, in, gws);
            if (l > 0) {
                Gemm.sgemm(Transpose.N, Transpose.N, batch, in, out, 1f, grads[l + 1], 0, out, ws[l], 0, in, 0f, grads[l], 0, in, gws);
            }
        }
        return ws[0];
    }
}
