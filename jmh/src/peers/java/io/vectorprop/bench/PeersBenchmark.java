package io.vectorprop.bench;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import io.vectorprop.VectorProp;
import io.vectorprop.gemm.Gemm;
import io.vectorprop.gemm.GemmWorkspace;
import io.vectorprop.gemm.Transpose;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.concurrency.EjmlConcurrency;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.ejml.dense.row.CommonOps_MT_FDRM;
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
 * Row-major SGEMM C = op(A)·op(B) in vectorprop and the Java peers, for the README's comparison table:
 * {@code lib} is {@code vectorprop}, {@code netlib} (netlib-java 3's pure-Java {@code JavaBLAS}, which is
 * {@code VectorBLAS} when the Vector API module is present: checked in setup) or {@code ejml}
 * ({@code CommonOps_FDRM}, or {@code CommonOps_MT_FDRM} with threads &gt; 1). {@code shape} is {@code MxNxK:TT}
 * with TT = NN or NT (op(B) = Bᵀ, the forward product of a dense layer). Setup checks every library's C against
 * vectorprop's. GFLOP/s = 2·M·N·K / (score in ns). Built only with {@code -P peers} (see jmh/README.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsPrepend = {"--add-modules", "jdk.incubator.vector", "-Xms1g", "-Xmx1g"})
public class PeersBenchmark {
    @Param({"1024x1024x1024:NN"})
    public String shape;
    @Param({"vectorprop"})
    public String lib;
    @Param({"1"})
    public int threads;

    private int m, n, k;
    private boolean nt;
    private float[] a, b, c;
    private GemmWorkspace ws;
    private BLAS blas;
    private FMatrixRMaj ea, eb, ec;

    @Setup(Level.Trial)
    public void setup() {
        String[] s = shape.split(":"), d = s[0].split("x");
        m = Integer.parseInt(d[0]);
        n = Integer.parseInt(d[1]);
        k = Integer.parseInt(d[2]);
        nt = s.length > 1 && s[1].equals("NT");
        SplittableRandom r = new SplittableRandom(1);
        a = new float[m * k];
        b = new float[k * n];
        c = new float[m * n];
        for (int i = 0; i < a.length; i++) a[i] = (float) r.nextDouble(-1, 1);
        for (int i = 0; i < b.length; i++) b[i] = (float) r.nextDouble(-1, 1);
        VectorProp.setThreads(Math.max(1, threads));
        ws = new GemmWorkspace(threads);
        float[] ref = new float[m * n];
        Gemm.sgemm(Transpose.N, nt ? Transpose.T : Transpose.N, m, n, k, 1f, a, 0, k, b, 0, nt ? k : n, 0f, ref, 0, n, ws);
        switch (lib) {
            case "vectorprop":
                break;
            case "netlib":
                if (threads != 1) throw new IllegalArgumentException("netlib-java's Java BLAS is single-threaded");
                blas = JavaBLAS.getInstance();
                if (!blas.getClass().getSimpleName().equals("VectorBLAS")) {
                    throw new IllegalStateException("netlib-java chose " + blas.getClass().getName() + ", not VectorBLAS");
                }
                break;
            case "ejml":
                EjmlConcurrency.setMaxThreads(Math.max(1, threads));
                ea = FMatrixRMaj.wrap(m, k, a);
                eb = nt ? FMatrixRMaj.wrap(n, k, b) : FMatrixRMaj.wrap(k, n, b);
                ec = FMatrixRMaj.wrap(m, n, c);
                break;
            default:
                throw new IllegalArgumentException("lib " + lib);
        }
        sgemm();
        double tol = 1e-5 * k; // |terms| ≤ 1: the float error of a k-term sum in any order stays far below this
        for (int i = 0; i < c.length; i++) {
            if (!(Math.abs(c[i] - ref[i]) <= tol)) {
                throw new IllegalStateException(lib + ": C[" + i + "] = " + c[i] + ", vectorprop " + ref[i]);
            }
        }
    }

    @Benchmark
    public float[] sgemm() {
        switch (lib) {
            case "vectorprop":
                Gemm.sgemm(Transpose.N, nt ? Transpose.T : Transpose.N, m, n, k, 1f, a, 0, k, b, 0, nt ? k : n, 0f, c, 0, n, ws);
                break;
            case "netlib":
                // row-major C = A·op(B) is column-major Cᵀ = op(B)ᵀ·Aᵀ; a row-major n×k B is column-major Bᵀ
                blas.sgemm(nt ? "T" : "N", "N", n, m, k, 1f, b, 0, nt ? k : n, a, 0, k, 0f, c, 0, n);
                break;
            default:
                if (threads > 1) {
                    if (nt) CommonOps_MT_FDRM.multTransB(ea, eb, ec); else CommonOps_MT_FDRM.mult(ea, eb, ec);
                } else {
                    if (nt) CommonOps_FDRM.multTransB(ea, eb, ec); else CommonOps_FDRM.mult(ea, eb, ec);
                }
        }
        return c;
    }
}
