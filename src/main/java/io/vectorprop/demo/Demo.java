package io.vectorprop.demo;

import io.vectorprop.VectorProp;
import io.vectorprop.data.Dataset;
import io.vectorprop.data.Loaders;
import io.vectorprop.mlp.Mlp;
import io.vectorprop.mlp.Optimizer;
import io.vectorprop.mlp.Trainer;
import io.vectorprop.nn.Activation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo: {@code ./mvnw -q compile exec:exec}. With no arguments it trains a 64-64-10 ReLU network on the
 * bundled digits set, printing per-epoch loss, accuracy and speed, then the held-out confusion matrix.
 * {@code fashion [dir]} trains 784-256-128-10 on Fashion-MNIST (default dir /usr/share/datasets/fashion-mnist,
 * from Debian's dataset-fashion-mnist package). Options: {@code --epochs N}, {@code --csv FILE} (the learning
 * curve). Pass arguments with {@code -Ddemo.args="fashion --csv curve.csv"}.
 */
public final class Demo {
    private Demo() {}

    static final String USAGE = "usage: Demo [digits | fashion [DIR]] [--epochs N] [--csv FILE]";
    static final String[] FASHION = {"T-shirt", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
        "Sneaker", "Bag", "Boot"};

    public static void main(String[] args) throws Exception {
        List<String> pos = new ArrayList<>();
        int epochs = -1;
        Path csv = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--epochs":
                    epochs = Integer.parseInt(value(args, ++i));
                    break;
                case "--csv":
                    csv = Path.of(value(args, ++i));
                    break;
                case "-h": case "--help":
                    System.out.println(USAGE);
                    return;
                default:
                    pos.add(args[i]);
            }
        }
        System.out.println("vectorprop: " + VectorProp.implementation()
                + (VectorProp.isSimd() ? " (" + VectorProp.vectorBits() + "-bit vectors)" : "")
                + ", " + VectorProp.threads() + (VectorProp.threads() == 1 ? " thread" : " threads")
                + " (-Dvectorprop.threads=N to change), Java " + System.getProperty("java.version"));
        String what = pos.isEmpty() ? "digits" : pos.get(0);
        if (what.equals("fashion")) {
            Path dir = Path.of(pos.size() > 1 ? pos.get(1) : "/usr/share/datasets/fashion-mnist");
            // a third positional argument is the epoch count (older command lines)
            fashion(dir, epochs > 0 ? epochs : pos.size() > 2 ? Integer.parseInt(pos.get(2)) : 10, csv);
        } else if (what.equals("digits")) {
            digits(epochs > 0 ? epochs : 20, csv);
        } else {
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println(USAGE);
            System.exit(2);
        }
        return args[i];
    }

    static void digits(int epochs, Path csv) throws Exception {
        Dataset all = Loaders.digits();
        Dataset[] split = all.split(360, 42);
        System.out.printf("digits: %d training, %d held-out samples of %d pixels (UCI optdigits, CC BY 4.0); "
                + "64-64-10 ReLU, momentum SGD%n", split[0].size, split[1].size, all.width);
        Mlp model = Mlp.builder(all.width).dense(64, Activation.RELU).dense(10, Activation.IDENTITY)
                .optimizer(Optimizer.momentum(0.05f, 0.9f)).seed(42).maxBatch(32).build();
        Trainer tr = new Trainer(model, split[0].size);
        double acc = train(tr, split[0], split[1], epochs, 32, 7, 1f, csv);
        printConfusion(tr.confusionMatrix(split[1]), null);
        System.out.printf("held-out accuracy %.4f%n", acc);
    }

    static void fashion(Path dir, int epochs, Path csv) throws Exception {
        Path ti = dir.resolve("train-images-idx3-ubyte.gz"), tl = dir.resolve("train-labels-idx1-ubyte.gz");
        Path si = dir.resolve("t10k-images-idx3-ubyte.gz"), sl = dir.resolve("t10k-labels-idx1-ubyte.gz");
        if (!Files.exists(ti)) {
            System.out.println(ti + " not found: apt-get install dataset-fashion-mnist, or give the directory");
            return;
        }
        Dataset train = Loaders.idx(ti, tl, 10), test = Loaders.idx(si, sl, 10);
        System.out.printf("fashion-mnist: %d training, %d test images; 784-256-128-10 ReLU, Adam 1e-3 × 0.75 per epoch%n",
                train.size, test.size);
        Mlp model = Mlp.builder(784).dense(256, Activation.RELU).dense(128, Activation.RELU)
                .dense(10, Activation.IDENTITY).optimizer(Optimizer.adam(1e-3f)).seed(1).maxBatch(256).build();
        Trainer tr = new Trainer(model, train.size);
        double acc = train(tr, train, test, epochs, 64, 3, 0.75f, csv);
        printConfusion(tr.confusionMatrix(test), FASHION);
        System.out.printf("test accuracy %.4f after %d epochs%n", acc, epochs);
    }

    private static double train(Trainer tr, Dataset train, Dataset test, int epochs, int batch, long seed,
                                float decay, Path csv) throws Exception {
        if (csv == null) {
            return tr.fit(train, test, epochs, batch, seed, decay, System.out, null);
        }
        try (PrintStream out = new PrintStream(Files.newOutputStream(csv), false, StandardCharsets.UTF_8)) {
            double acc = tr.fit(train, test, epochs, batch, seed, decay, System.out, out);
            System.out.println("learning curve written to " + csv);
            return acc;
        }
    }

    /** Rows: true class; columns: predicted class; the last column is the class's recall. */
    static void printConfusion(int[][] cm, String[] names) {
        int c = cm.length;
        int w = 6;
        StringBuilder sb = new StringBuilder("confusion matrix (rows: true class, columns: predicted)\n");
        sb.append(String.format("%10s", ""));
        for (int j = 0; j < c; j++) sb.append(String.format("%" + w + "d", j));
        sb.append("  recall\n");
        for (int i = 0; i < c; i++) {
            int total = 0;
            for (int j = 0; j < c; j++) total += cm[i][j];
            String name = names != null && i < names.length ? names[i] : "";
            sb.append(String.format("%2d %-7.7s", i, name));
            for (int j = 0; j < c; j++) sb.append(String.format("%" + w + "d", cm[i][j]));
            sb.append(String.format("  %6.3f%n", total == 0 ? Double.NaN : (double) cm[i][i] / total));
        }
        System.out.print(sb);
    }
}
