package example;

import io.vectorprop.VectorProp;
import io.vectorprop.data.Dataset;
import io.vectorprop.data.Loaders;
import io.vectorprop.gemm.Gemm;
import io.vectorprop.gemm.GemmWorkspace;
import io.vectorprop.gemm.Transpose;
import io.vectorprop.mlp.Mlp;
import io.vectorprop.mlp.Optimizer;
import io.vectorprop.mlp.Trainer;
import io.vectorprop.nn.Activation;

/** Uses the public API as an application would; prints one line that run.sh checks. Compiled without --add-modules. */
public final class ConsumerMain {
    public static void main(String[] args) throws Exception {
        // sgemm against a plain triple loop
        int m = 37, n = 29, k = 41;
        float[] a = new float[m * k], b = new float[k * n], c = new float[m * n];
        for (int i = 0; i < a.length; i++) a[i] = (i % 7) - 3;
        for (int i = 0; i < b.length; i++) b[i] = (i % 5) - 2;
        Gemm.sgemm(Transpose.N, Transpose.N, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n, new GemmWorkspace());
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float s = 0;
                for (int p = 0; p < k; p++) s += a[i * k + p] * b[p * n + j];
                if (s != c[i * n + j]) { // small integers: exact in any order
                    throw new AssertionError("sgemm C(" + i + "," + j + ") = " + c[i * n + j] + ", expected " + s);
                }
            }
        }
        // the bundled data set (a resource inside the jar) and a short training run
        Dataset[] split = Loaders.digits().split(360, 42);
        Mlp model = Mlp.builder(64).dense(64, Activation.RELU).dense(10, Activation.IDENTITY)
                .optimizer(Optimizer.momentum(0.05f, 0.9f)).seed(42).maxBatch(32).build();
        double acc = new Trainer(model, split[0].size).fit(split[0], split[1], 5, 32, 7, null);
        if (acc < 0.85) {
            throw new AssertionError("held-out accuracy " + acc + " after 5 epochs");
        }
        // the README's snippets (generated into ReadmeSnippets by run.sh)
        float[] c2 = new float[m * n], bt = new float[n * k];
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) bt[j * k + p] = b[p * n + j];
        }
        ReadmeSnippets.callSgemm(m, n, k, a, bt, c2); // C = A·(Bᵀ)ᵀ
        if (!java.util.Arrays.equals(c, c2)) {
            throw new AssertionError("README sgemm snippet: A·Bᵀ with Bᵀ given differs from A·B");
        }
        double readmeAcc = ReadmeSnippets.trainMlp();
        if (readmeAcc < 0.9 || !java.nio.file.Files.exists(java.nio.file.Path.of("digits.safetensors"))) {
            throw new AssertionError("README MLP snippet: accuracy " + readmeAcc + " or no digits.safetensors");
        }
        System.out.printf("consumer: implementation=%s sgemm=ok readme=ok accuracy=%.3f readme-accuracy=%.3f%n",
                VectorProp.implementation(), acc, readmeAcc);
    }
}
