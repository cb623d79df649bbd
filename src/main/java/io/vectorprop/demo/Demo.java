package io.vectorprop.demo;

import io.vectorprop.VectorProp;
import io.vectorprop.data.Dataset;
import io.vectorprop.data.Loaders;
import io.vectorprop.mlp.Mlp;
import io.vectorprop.mlp.Optimizer;
import io.vectorprop.mlp.Trainer;
import io.vectorprop.nn.Activation;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo: {@code ./mvnw -q compile exec:exec}. With no arguments it trains a 64-64-10 ReLU network on the
 * bundled digits set and prints per-epoch loss, accuracy and speed. {@code fashion [dir]} trains
 * 784-256-128-10 on Fashion-MNIST (default dir /usr/share/datasets/fashion-mnist, from Debian's
 * dataset-fashion-mnist package). Pass arguments with {@code -Ddemo.args="fashion"}.
 */
public final class Demo {
    private Demo() {}

    public static void main(String[] args) throws Exception {
        System.out.println("vectorprop: " + VectorProp.implementation()
                + (VectorProp.isSimd() ? " (" + VectorProp.vectorBits() + "-bit vectors)" : "")
                + ", " + VectorProp.threads() + (VectorProp.threads() == 1 ? " thread" : " threads")
                + " (-Dvectorprop.threads=N to change), Java " + System.getProperty("java.version"));
        if (args.length > 0 && args[0].equals("fashion")) {
            Path dir = Path.of(args.length > 1 ? args[1] : "/usr/share/datasets/fashion-mnist");
            fashion(dir, args.length > 2 ? Integer.parseInt(args[2]) : 10);
        } else {
            digits();
        }
    }

    static void digits() throws Exception {
        Dataset all = Loaders.digits();
        Dataset[] split = all.split(360, 42);
        System.out.printf("digits: %d training, %d held-out samples of %d pixels (UCI optdigits, CC BY 4.0)%n",
                split[0].size, split[1].size, all.width);
        Mlp model = Mlp.builder(all.width).dense(64, Activation.RELU).dense(10, Activation.IDENTITY)
                .optimizer(Optimizer.momentum(0.05f, 0.9f)).seed(42).maxBatch(32).build();
        Trainer tr = new Trainer(model, split[0].size);
        double acc = tr.fit(split[0], split[1], 20, 32, 7, System.out);
        System.out.printf("held-out accuracy %.4f%n", acc);
    }

    static void fashion(Path dir, int epochs) throws Exception {
        Path ti = dir.resolve("train-images-idx3-ubyte.gz"), tl = dir.resolve("train-labels-idx1-ubyte.gz");
        Path si = dir.resolve("t10k-images-idx3-ubyte.gz"), sl = dir.resolve("t10k-labels-idx1-ubyte.gz");
        if (!Files.exists(ti)) {
            System.out.println(ti + " not found: apt-get install dataset-fashion-mnist, or give the directory");
            return;
        }
        Dataset train = Loaders.idx(ti, tl, 10), test = Loaders.idx(si, sl, 10);
        System.out.printf("fashion-mnist: %d training, %d test images%n", train.size, test.size);
        int batch = 64;
        Mlp model = Mlp.builder(784).dense(256, Activation.RELU).dense(128, Activation.RELU)
                .dense(10, Activation.IDENTITY).optimizer(Optimizer.adam(1e-3f)).seed(1).maxBatch(256).build();
        Trainer tr = new Trainer(model, train.size);
        double acc = tr.fit(train, test, epochs, batch, 3, 0.75f, System.out); // lr × 0.75 per epoch
        System.out.printf("test accuracy %.4f after %d epochs%n", acc, epochs);
    }
}
