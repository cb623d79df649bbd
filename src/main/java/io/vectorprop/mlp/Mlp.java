package io.vectorprop.mlp;

import io.vectorprop.blas.Blas;
import io.vectorprop.gemm.Gemm;
import io.vectorprop.gemm.GemmWorkspace;
import io.vectorprop.gemm.Transpose;
import io.vectorprop.internal.Check;
import io.vectorprop.internal.Team;
import io.vectorprop.nn.Activation;
import io.vectorprop.nn.Losses;
import io.vectorprop.optim.Updates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A multilayer perceptron trained by backpropagation on minibatches (Goodfellow et al., Algorithms 6.3
 * and 6.4), built on the library's GEMM and kernels.
 *
 * <p><b>Layout.</b> A batch is row-major, {@code batch × width}. Layer l has {@code W} of shape out×in
 * (row-major, as PyTorch's {@code nn.Linear.weight}) and {@code b} of {@code out} entries. Forward:
 * {@code A = H·Wᵀ + b}, {@code H' = f(A)}. Backward from the loss gradient G: {@code G ← G ⊙ f'(A)},
 * {@code ∇b += Σrows G}, {@code ∇W += Gᵀ·H + λ·W}, {@code G ← G·W}; then the optimizer update.
 *
 * <p><b>Gradients accumulate</b>, as in PyTorch: {@link #forwardBackward} adds into the gradient buffers
 * until {@link #zeroGrad()}, so several micro-batches can be summed before one {@link #step()}. The L2 term
 * {@code λ·W} (from {@code J = L + λ·½‖W‖²}; biases are not penalized) is part of each backward, so it is
 * added once per backward, like any other term of J. {@link #trainStep} = zeroGrad, forwardBackward, step.
 * zeroGrad is lazy: the next backward writes its sums over the buffers instead of adding to them (which
 * saves a pass over every ∇W per step); the gradient getters and {@link #step()} see zeros as expected.
 *
 * <p><b>Memory.</b> Every buffer (parameters, gradients, optimizer state, pre-activations, activations,
 * backward gradients, GEMM packing) is allocated by the builder for the largest batch; training and
 * inference then allocate nothing. Batches smaller than the largest work without allocation.
 *
 * <p><b>Errors.</b> Wrong sizes, a batch outside [1, maxBatch], labels out of range, offsets past the end:
 * an exception before any state changes. Not thread-safe: one thread uses a model at a time.
 *
 * <p><b>Threads.</b> A step's matrix products run on the library's worker threads ({@link Builder#threads(int)});
 * the calling thread takes part. So do the optimizer update (from 65,536 parameters) and a layer's bias, activation,
 * derivative and bias-gradient passes (from 32,768 values in its batch × units matrix). Parameters, gradients and losses are bit-identical for every thread count.
 * Same seed and same inputs give bit-identical results, with one caveat from the Vector API: its EXP, TANH
 * and LOG1P (softmax, sigmoid, tanh, GELU, SiLU, softplus) give different last bits interpreted (a Java
 * loop over {@code Math.exp}) and compiled by C2 (SVML; about 1% of lanes differ by an ulp, measured), so
 * two runs agree bit for bit once both are warmed up, or both not; the scalar implementation always does.
 */
public final class Mlp {
    private final int[] widths;            // widths[0] = input, widths[l] = units of layer l
    private final Activation[] acts;       // acts[l-1] for layer l
    private final Loss loss;
    private final int maxBatch, maxWidth;
    private final float lambda;
    private Optimizer opt;
    private long t;                        // optimizer steps taken (Adam's bias correction)

    final float[][] w, b, dw, db;
    /**
     * The gradient buffers are logically zero (zeroGrad was the last thing to touch them) but may hold old
     * values: zeroGrad only sets this, and the next backward writes its sums over them (GEMM beta 0) instead
     * of adding, which spares one pass over every ∇W per step and the GEMM's read of it. Anything else that
     * reads the buffers first calls {@link #materializeZeroGrads()}.
     */
    private boolean gradsZero = true;
    private final float[][] s1w, s1b, s2w, s2b; // optimizer state (momentum; Adam m and v)
    final float[][] a, h;                  // per layer, maxBatch × out (h == a for identity)
    private final float[] g0, g1;          // backward ping-pong, maxBatch × maxWidth
    private final GemmWorkspace ws = new GemmWorkspace();
    /** The workspace of the layers that run on the calling thread alone (see {@link #onCaller}). */
    private final GemmWorkspace ws1 = new GemmWorkspace(1);
    /** The batch of the last backward pass: which layers {@link #step()} updates on the calling thread alone. */
    private int lastBatch;
    private float lastLoss = Float.NaN;

    private Mlp(Builder bd) {
        int L = bd.units.size();
        widths = new int[L + 1];
        widths[0] = bd.input;
        acts = new Activation[L];
        int mw = bd.input;
        for (int l = 0; l < L; l++) {
            widths[l + 1] = bd.units.get(l);
            acts[l] = bd.acts.get(l);
            mw = Math.max(mw, widths[l + 1]);
        }
        maxWidth = mw;
        loss = bd.loss;
        maxBatch = bd.maxBatch;
        lastBatch = maxBatch;
        lambda = bd.lambda;
        opt = bd.optimizer;
        ws.setThreads(bd.threads);
        w = new float[L][];
        b = new float[L][];
        dw = new float[L][];
        db = new float[L][];
        int states = opt.stateBuffers();
        s1w = new float[L][];
        s1b = new float[L][];
        s2w = new float[L][];
        s2b = new float[L][];
        a = new float[L][];
        h = new float[L][];
        SplittableRandom rnd = new SplittableRandom(bd.seed);
        for (int l = 0; l < L; l++) {
            int in = widths[l], out = widths[l + 1];
            w[l] = new float[out * in];
            b[l] = new float[out];
            dw[l] = new float[out * in];
            db[l] = new float[out];
            s1w[l] = states >= 1 ? new float[out * in] : null;
            s1b[l] = states >= 1 ? new float[out] : null;
            s2w[l] = states >= 2 ? new float[out * in] : null;
            s2b[l] = states >= 2 ? new float[out] : null;
            a[l] = new float[maxBatch * out];
            h[l] = acts[l] == Activation.IDENTITY ? a[l] : new float[maxBatch * out];
            Init init = bd.init == Init.AUTO ? (acts[l].isReluFamily() ? Init.HE : Init.XAVIER) : bd.init;
            if (init == Init.HE) { // He normal: N(0, 2/in)
                double std = Math.sqrt(2.0 / in);
                for (int i = 0; i < w[l].length; i++) w[l][i] = (float) (rnd.nextGaussian() * std);
            } else if (init == Init.XAVIER) { // Glorot uniform: U(±√(6/(in+out)))
                double lim = Math.sqrt(6.0 / (in + out));
                for (int i = 0; i < w[l].length; i++) w[l][i] = (float) rnd.nextDouble(-lim, lim);
            }
        }
        g0 = new float[maxBatch * maxWidth];
        g1 = new float[maxBatch * maxWidth];
    }

    /** Weight initialization (from the builder's seed). Biases start at zero. */
    public enum Init {
        /** {@link #HE} for the ReLU family, {@link #XAVIER} for the other activations. */
        AUTO,
        /** He normal: {@code N(0, 2/in)}. */
        HE,
        /** Glorot (Xavier) uniform: {@code U(±√(6/(in+out)))}. */
        XAVIER,
        /** All zeros: set the weights yourself ({@link Mlp#setWeights(int, float[])}). */
        ZERO
    }

    /**
     * Starts a model description; add layers with {@link Builder#dense(int, Activation)}. Defaults: softmax
     * cross-entropy, SGD with learning rate 0.01, no L2, {@link Init#AUTO}, seed 1, largest batch 64, the library's
     * thread count.
     *
     * @param inputWidth features per sample, {@code ≥ 1}
     * @return a new builder
     * @throws IllegalArgumentException if {@code inputWidth < 1}
     */
    public static Builder builder(int inputWidth) {
        return new Builder(inputWidth);
    }

    /** Configures an {@link Mlp}. */
    public static final class Builder {
        private final int input;
        private final List<Integer> units = new ArrayList<>();
        private final List<Activation> acts = new ArrayList<>();
        private Loss loss = Loss.SOFTMAX_CROSS_ENTROPY;
        private Optimizer optimizer = Optimizer.sgd(0.01f);
        private float lambda;
        private Init init = Init.AUTO;
        private long seed = 1;
        private int maxBatch = 64;
        private int threads;

        private Builder(int input) {
            if (input < 1) {
                throw new IllegalArgumentException("input width must be >= 1, was " + input);
            }
            this.input = input;
        }

        /**
         * Appends a dense layer of {@code units} outputs followed by {@code activation}. The last layer's activation
         * is usually {@link Activation#IDENTITY}: the losses take logits.
         *
         * @param units outputs of the layer, {@code ≥ 1}
         * @param activation the activation applied to the layer's outputs
         * @return this builder
         * @throws IllegalArgumentException if {@code units < 1}
         * @throws NullPointerException if {@code activation} is null
         */
        public Builder dense(int units, Activation activation) {
            if (units < 1) {
                throw new IllegalArgumentException("units must be >= 1, was " + units);
            }
            Check.notNull(activation, "activation");
            this.units.add(units);
            this.acts.add(activation);
            return this;
        }

        /**
         * The loss on the last layer's outputs (default {@link Loss#SOFTMAX_CROSS_ENTROPY}).
         *
         * @param loss the loss
         * @return this builder
         * @throws NullPointerException if {@code loss} is null
         */
        public Builder loss(Loss loss) {
            Check.notNull(loss, "loss");
            this.loss = loss;
            return this;
        }

        /**
         * The update rule (default SGD with learning rate 0.01).
         *
         * @param optimizer the optimizer
         * @return this builder
         * @throws NullPointerException if {@code optimizer} is null
         */
        public Builder optimizer(Optimizer optimizer) {
            Check.notNull(optimizer, "optimizer");
            this.optimizer = optimizer;
            return this;
        }

        /**
         * L2 strength λ of {@code J = L + λ·½Σ‖W‖²}: each backward adds {@code λ·W} to ∇W (biases are not penalized).
         *
         * @param lambda the strength, finite and {@code ≥ 0} (default 0)
         * @return this builder
         * @throws IllegalArgumentException if {@code lambda} is negative or not finite
         */
        public Builder l2(float lambda) {
            if (!(lambda >= 0) || !Float.isFinite(lambda)) {
                throw new IllegalArgumentException("l2 must be finite and >= 0, was " + lambda);
            }
            this.lambda = lambda;
            return this;
        }

        /**
         * The weight initialization (default {@link Init#AUTO}).
         *
         * @param init the scheme
         * @return this builder
         * @throws NullPointerException if {@code init} is null
         */
        public Builder init(Init init) {
            Check.notNull(init, "init");
            this.init = init;
            return this;
        }

        /**
         * The seed of the weight initialization: the same seed gives the same initial weights (default 1).
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The largest batch the model will see; every buffer is sized for it (default 64).
         *
         * @param maxBatch rows of the largest batch, {@code ≥ 1}
         * @return this builder
         * @throws IllegalArgumentException if {@code maxBatch < 1}
         */
        public Builder maxBatch(int maxBatch) {
            if (maxBatch < 1) {
                throw new IllegalArgumentException("maxBatch must be >= 1, was " + maxBatch);
            }
            this.maxBatch = maxBatch;
            return this;
        }

        /**
         * The most threads a training step or prediction uses: 1 runs on the calling thread only, 0 (the default)
         * follows the library's count ({@link io.vectorprop.VectorProp#threads()}), which also caps it. Results
         * are bit-identical for every thread count.
         *
         * @param threads the count, {@code ≥ 0}
         * @return this builder
         * @throws IllegalArgumentException if {@code threads < 0}
         */
        public Builder threads(int threads) {
            if (threads < 0) {
                throw new IllegalArgumentException("threads must be >= 0, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Allocates the model: parameters (initialized), gradients, optimizer state and every buffer for the largest
         * batch.
         *
         * @return the model
         * @throws IllegalStateException if no layer was added, or softmax cross-entropy has fewer than 2 outputs
         */
        public Mlp build() {
            if (units.isEmpty()) {
                throw new IllegalStateException("add at least one dense layer");
            }
            if (loss == Loss.SOFTMAX_CROSS_ENTROPY && units.get(units.size() - 1) < 2) {
                throw new IllegalStateException("softmax cross-entropy needs at least 2 outputs");
            }
            return new Mlp(this);
        }
    }

    // ---------------------------------------------------------------- training

    /**
     * One training step on a batch with class labels (softmax cross-entropy): {@link #zeroGrad()},
     * {@link #forwardBackward(float[], int, int[], int, int)}, {@link #step()}.
     *
     * @param x the inputs, {@code batch × inputWidth()} row-major from {@code x[xOff]}
     * @param xOff index of the first input
     * @param labels the class of each row, in {@code [0, outputWidth())}, from {@code labels[lOff]}
     * @param lOff index of the first label
     * @param batch rows in this batch, in {@code [1, maxBatch()]}
     * @return the batch's mean loss (without the L2 penalty)
     * @throws IllegalArgumentException if {@code batch} is outside {@code [1, maxBatch()]}, a label is out of range,
     *         or the model's loss takes the other kind of target
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array is null
     */
    public float trainStep(float[] x, int xOff, int[] labels, int lOff, int batch) {
        checkInputs(x, xOff, batch);
        requireLoss(true);
        Losses.checkLabels(batch, outputWidth(), labels, lOff);
        zeroGrad();
        float l = forwardBackwardChecked(x, xOff, labels, lOff, null, 0, batch);
        step();
        return l;
    }

    /**
     * One training step on a batch with float targets (MSE, BCE from logits): {@link #zeroGrad()},
     * {@link #forwardBackward(float[], int, float[], int, int)}, {@link #step()}.
     *
     * @param x the inputs, {@code batch × inputWidth()} row-major from {@code x[xOff]}
     * @param xOff index of the first input
     * @param targets the targets, {@code batch × outputWidth()} row-major from {@code targets[tOff]}
     * @param tOff index of the first target
     * @param batch rows in this batch, in {@code [1, maxBatch()]}
     * @return the batch's mean loss (without the L2 penalty)
     * @throws IllegalArgumentException if {@code batch} is outside {@code [1, maxBatch()]}, a label is out of range,
     *         or the model's loss takes the other kind of target
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array is null
     */
    public float trainStep(float[] x, int xOff, float[] targets, int tOff, int batch) {
        checkInputs(x, xOff, batch);
        requireLoss(false);
        Check.range(targets, tOff, batch * outputWidth(), "targets");
        zeroGrad();
        float l = forwardBackwardChecked(x, xOff, null, 0, targets, tOff, batch);
        step();
        return l;
    }

    /**
     * Forward and backward on a batch with class labels, adding the gradients of the batch's mean loss (and the L2
     * term) into the gradient buffers; parameters are not changed.
     *
     * @param x the inputs, {@code batch × inputWidth()} row-major from {@code x[xOff]}
     * @param xOff index of the first input
     * @param labels the class of each row, in {@code [0, outputWidth())}, from {@code labels[lOff]}
     * @param lOff index of the first label
     * @param batch rows in this batch, in {@code [1, maxBatch()]}
     * @return the batch's mean loss (without the L2 penalty)
     * @throws IllegalArgumentException if {@code batch} is outside {@code [1, maxBatch()]}, a label is out of range,
     *         or the model's loss takes the other kind of target
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array is null
     */
    public float forwardBackward(float[] x, int xOff, int[] labels, int lOff, int batch) {
        checkInputs(x, xOff, batch);
        requireLoss(true);
        Losses.checkLabels(batch, outputWidth(), labels, lOff);
        return forwardBackwardChecked(x, xOff, labels, lOff, null, 0, batch);
    }

    /**
     * As {@link #forwardBackward(float[], int, int[], int, int)} with float targets.
     *
     * @param x the inputs, {@code batch × inputWidth()} row-major from {@code x[xOff]}
     * @param xOff index of the first input
     * @param targets the targets, {@code batch × outputWidth()} row-major from {@code targets[tOff]}
     * @param tOff index of the first target
     * @param batch rows in this batch, in {@code [1, maxBatch()]}
     * @return the batch's mean loss (without the L2 penalty)
     * @throws IllegalArgumentException if {@code batch} is outside {@code [1, maxBatch()]}, a label is out of range,
     *         or the model's loss takes the other kind of target
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array is null
     */
    public float forwardBackward(float[] x, int xOff, float[] targets, int tOff, int batch) {
        checkInputs(x, xOff, batch);
        requireLoss(false);
        Check.range(targets, tOff, batch * outputWidth(), "targets");
        return forwardBackwardChecked(x, xOff, null, 0, targets, tOff, batch);
    }

    /**
     * As {@link #forwardBackward(float[], int, int[], int, int)}, adding {@code lossWeight} times the gradient of the
     * batch's mean loss (the L2 term, if any, is added unscaled, once). For data-parallel training: a worker that
     * holds {@code batch} rows of a global minibatch of {@code B} rows passes {@code batch / B}, so the workers'
     * gradients sum to the gradient of the global mean loss. {@code lossWeight == 1} is exactly the 5-argument form.
     *
     * @param x the inputs, {@code batch × inputWidth()} row-major from {@code x[xOff]}
     * @param xOff index of the first input
     * @param labels the class of each row, in {@code [0, outputWidth())}, from {@code labels[lOff]}
     * @param lOff index of the first label
     * @param batch rows in this batch, in {@code [1, maxBatch()]}
     * @param lossWeight factor on the loss term's gradient, finite
     * @return the batch's mean loss (unweighted, without the L2 penalty)
     * @throws IllegalArgumentException if {@code batch} is outside {@code [1, maxBatch()]}, a label is out of range,
     *         {@code lossWeight} is not finite, or the model's loss takes float targets
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array is null
     */
    public float forwardBackward(float[] x, int xOff, int[] labels, int lOff, int batch, float lossWeight) {
        if (!Float.isFinite(lossWeight)) {
            throw new IllegalArgumentException("lossWeight must be finite, was " + lossWeight);
        }
        checkInputs(x, xOff, batch);
        requireLoss(true);
        Losses.checkLabels(batch, outputWidth(), labels, lOff);
        this.lossWeight = lossWeight;
        try {
            return forwardBackwardChecked(x, xOff, labels, lOff, null, 0, batch);
        } finally {
            this.lossWeight = 1f;
        }
    }

    /** Factor on the loss gradient for the current backward (1 except inside the weighted forwardBackward). */
    private float lossWeight = 1f;

    private float forwardBackwardChecked(float[] x, int xOff, int[] labels, int lOff, float[] targets, int tOff, int batch) {
        forwardChecked(x, xOff, batch);
        int L = acts.length, out = outputWidth();
        float[] y = h[L - 1];
        float l;
        switch (loss) {
            case SOFTMAX_CROSS_ENTROPY:
                l = Losses.softmaxCrossEntropy(batch, out, y, 0, labels, lOff, g0, 0);
                break;
            case MSE:
                l = Losses.mse(batch * out, y, 0, targets, tOff, g0, 0);
                break;
            default:
                l = Losses.bceWithLogits(batch * out, y, 0, targets, tOff, g0, 0);
        }
        if (lossWeight != 1f) {
            Blas.sscal(batch * out, lossWeight, g0, 0);
        }
        backward(x, xOff, batch);
        lastLoss = l;
        return l;
    }

    private void backward(float[] x, int xOff, int batch) {
        lastBatch = batch;
        float[] g = g0, gNext = g1;
        // after zeroGrad, ∇ = this backward's sums: written over the buffers (beta 0), not added to them
        float beta = gradsZero ? 0f : 1f;
        for (int l = acts.length - 1; l >= 0; l--) {
            int in = widths[l], out = widths[l + 1];
            if (gradsZero) {
                Arrays.fill(db[l], 0f); // out floats: cheap, and columnSumsAdd then serves both cases
            }
            GemmWorkspace lws = workspace(l, batch);
            if (parallelElementwise(l, batch)) {
                ewLayer = l;
                ewBatch = batch;
                ewG = g;
                try {
                    if (acts[l] != Activation.IDENTITY) {
                        Team.execute(derivJob, ws.effectiveThreads());
                    }
                    Team.execute(biasGradJob, ws.effectiveThreads());
                } finally {
                    ewG = null;
                }
            } else {
                if (acts[l] != Activation.IDENTITY) {
                    acts[l].backward(a[l], 0, g, 0, batch * out); // G ← G ⊙ f'(A), one pass
                }
                Blas.columnSumsAdd(batch, out, g, 0, out, db[l], 0);
            }
            float[] hin = l == 0 ? x : h[l - 1];
            int hOff = l == 0 ? xOff : 0;
            // ∇W (out×in) += Gᵀ (out×batch) · H (batch×in)
            ws.setSplit(GemmWorkspace.Split.ROWS); // rows of ∇W: the rows of W the same thread updates
            Gemm.sgemm(Transpose.T, Transpose.N, out, in, batch, 1f, g, 0, out, hin, hOff, in, beta, dw[l], 0, in, lws);
            ws.setSplit(GemmWorkspace.Split.AUTO);
            if (lambda != 0f) {
                Blas.saxpy(out * in, lambda, w[l], 0, dw[l], 0);
            }
            if (l > 0) {
                // G' (batch×in) = G (batch×out) · W (out×in)
                Gemm.sgemm(Transpose.N, Transpose.N, batch, in, out, 1f, g, 0, out, w[l], 0, in, 0f, gNext, 0, in, lws);
                float[] tmp = g;
                g = gNext;
                gNext = tmp;
            }
        }
        gradsZero = false;
    }

    // The elementwise passes of a step on the team, where a layer's batch×out matrix has at least this many elements:
    // bias and activation by rows, f' by ranges, the bias gradient by columns (each column still summed in row order).
    // Every range starts at a multiple of 16 floats, so the vector loops leave the same last elements to their tails
    // as one call over the whole matrix does: the same bits for any split. Zen 5, two threads, one JVM switching
    // every 0.5 s, 14 pairs (vCPUs ~450 ns apart): 784-1024-1024-10 batch 256 1.017 / 1.019 (JDK 25), 1.034 (JDK 17);
    // 784-256-128-10 batch 256 1.035 (JDK 25), 1.039 (JDK 17). Batch 64 stays below the threshold (64 × 256).
    static final int PARALLEL_ELEMENTWISE_MIN = 1 << 15;
    // the jobs' arguments (fields, so that the jobs capture nothing: no garbage per call)
    private int ewLayer, ewBatch;
    private float[] ewG;
    private final Team.Job biasActJob = this::biasActRange;
    private final Team.Job derivJob = this::derivRange;
    private final Team.Job biasGradJob = this::biasGradRange;

    /**
     * Multiply-adds of a layer's product below which the layer (its three products, its elementwise passes and its
     * update) runs on the calling thread alone when the model has several threads. Split between two threads, such a
     * layer's activations, gradients and weights cross between the cores twice per step (each thread reads what the
     * other wrote), which costs more than the second thread saves where the cores are far apart; whole on one thread
     * it only reads its input from the other. Zen 5, vCPUs ~460 ns apart, two threads, one JVM switching every 0.5 s,
     * 12–24 pairs: 784-256-128-10 batch 64 (its 256×128 and 128×10 layers on the caller) 1.049, 1.006, 1.040, 1.053
     * (JDK 25), 1.036 (JDK 17); batch 256 (the 128×10 layer) 1.009, 0.999 (JDK 25), 0.991 (JDK 17); 784-1024-1024-10
     * batch 256 (the 1024×10 layer) 0.985, 0.992 (noise); one thread 0.999, 0.998 (control). The same products on one
     * thread without their update lost (0.98, 2026-12-07 09:22); 10M (batch 256's 256×128 layer too) lost 0.940 there.
     */
    static final long LAYER_PARALLEL_MIN_MACS = 4_000_000L;

    /**
     * Whether layer l runs on the calling thread alone at this batch (see {@link #LAYER_PARALLEL_MIN_MACS}); always
     * false with one thread, where nothing is split anyway.
     */
    private boolean onCaller(int l, int batch) {
        return ws.effectiveThreads() > 1 && layerOnCaller(batch, widths[l], widths[l + 1]);
    }

    /** The workspace of layer l's products: the one-thread one where the layer runs on the calling thread alone. */
    private GemmWorkspace workspace(int l, int batch) {
        return onCaller(l, batch) ? ws1 : ws;
    }

    static boolean layerOnCaller(int batch, int in, int out) {
        return (long) batch * in * out < LAYER_PARALLEL_MIN_MACS;
    }

    /** Whether layer l's elementwise passes run on the team at this batch. */
    private boolean parallelElementwise(int l, int batch) {
        return batch * widths[l + 1] >= PARALLEL_ELEMENTWISE_MIN && ws.effectiveThreads() > 1 && !onCaller(l, batch);
    }

    /** Rows [r0, r1) of layer l: A += b, H = f(A). */
    private void biasAct(int l, int r0, int r1) {
        int out = widths[l + 1];
        Blas.addRowVector(r1 - r0, out, b[l], 0, a[l], r0 * out, out);
        if (acts[l] != Activation.IDENTITY) {
            acts[l].forward(a[l], r0 * out, h[l], r0 * out, (r1 - r0) * out);
        }
    }

    private void biasActRange(int part, int parts) {
        int out = widths[ewLayer + 1];
        // rows in steps of q, so that every range starts at a multiple of 16 floats
        int q = 16 / gcd(out, 16);
        biasAct(ewLayer, partStart(ewBatch, q, part, parts), partStart(ewBatch, q, part + 1, parts));
    }

    private void derivRange(int part, int parts) {
        int n = ewBatch * widths[ewLayer + 1];
        int lo = partStart(n, 16, part, parts), hi = partStart(n, 16, part + 1, parts);
        acts[ewLayer].backward(a[ewLayer], lo, ewG, lo, hi - lo);
    }

    private void biasGradRange(int part, int parts) {
        int out = widths[ewLayer + 1];
        int lo = partStart(out, 16, part, parts), hi = partStart(out, 16, part + 1, parts);
        Blas.columnSumsAdd(ewBatch, hi - lo, ewG, lo, out, db[ewLayer], lo);
    }

    /** Where part {@code part} of {@code parts} starts in [0, n) (rows, floats or columns): a multiple of q; n for the end. */
    static int partStart(int n, int q, int part, int parts) {
        return part >= parts ? n : (int) ((long) n * part / parts) / q * q;
    }

    private static int gcd(int x, int y) {
        return y == 0 ? x : gcd(y, x % y);
    }

    /** Applies the optimizer to every parameter with the accumulated gradients. */
    public void step() {
        materializeZeroGrads();
        t++;
        int threads = ws.effectiveThreads();
        if (threads > 1 && splitParams() >= PARALLEL_UPDATE_MIN) {
            Team.execute(updateJob, threads);
        } else {
            updateJob.run(0, 1);
        }
    }

    /** Weights of the layers whose update is split between threads (the others are updated whole by the caller). */
    private long splitParams() {
        long n = 0;
        for (int l = 0; l < acts.length; l++) {
            if (!onCaller(l, lastBatch)) {
                n += w[l].length;
            }
        }
        return n;
    }

    /** Parameters below which the update stays on the calling thread (one pass over them is ~µs). */
    private static final int PARALLEL_UPDATE_MIN = 1 << 16;
    /** The update, split into contiguous ranges of every weight matrix (elementwise: the same bits for any split). */
    private final Team.Job updateJob = this::updateRange;

    private void updateRange(int part, int parts) {
        for (int l = 0; l < acts.length; l++) {
            int n = w[l].length, lo, hi;
            if (onCaller(l, lastBatch)) {
                // all of it in part 0, the calling thread's, which runs the layer's products
                lo = 0;
                hi = part == 0 ? n : 0;
            } else {
                // ranges start at multiples of 16 floats (64 bytes), so that only the last one has a short tail
                lo = part == 0 ? 0 : Math.min(n, (int) ((long) n * part / parts) & ~15);
                hi = part == parts - 1 ? n : Math.min(n, (int) ((long) n * (part + 1) / parts) & ~15);
            }
            update(lo, hi - lo, w[l], dw[l], s1w[l], s2w[l]);
            if (part == 0) {
                update(0, b[l].length, b[l], db[l], s1b[l], s2b[l]);
            }
        }
    }

    private void update(int off, int n, float[] p, float[] g, float[] s1, float[] s2) {
        switch (opt.kind) {
            case SGD:
                Updates.sgd(n, opt.lr, 0f, p, off, g, off);
                break;
            case MOMENTUM:
            case NESTEROV:
                Updates.momentum(n, opt.lr, opt.momentum, 0f, opt.kind == Optimizer.Kind.NESTEROV, p, off, g, off, s1, off);
                break;
            case ADAM:
                Updates.adam(n, opt.lr, opt.beta1, opt.beta2, opt.eps, 0f, false, t, p, off, g, off, s1, off, s2, off);
                break;
            default:
                Updates.adam(n, opt.lr, opt.beta1, opt.beta2, opt.eps, opt.weightDecay, true, t, p, off, g, off, s1, off, s2, off);
        }
    }

    /**
     * Applies the optimizer with the given gradients instead of the accumulated ones: the gradient buffers are set to
     * {@code gradients} (in the layout of {@link #getGradients}) plus the model's L2 term {@code λ·W}, then
     * {@link #step()} runs. For data-parallel training, where the gradients were summed over workers.
     *
     * @param gradients {@link #parameterCount()} floats from {@code gradients[off]}
     * @param off index of the first gradient
     * @throws IndexOutOfBoundsException if the range lies outside the array
     * @throws NullPointerException if {@code gradients} is null
     */
    public void step(float[] gradients, int off) {
        Check.range(gradients, off, parameterCount(), "gradients");
        flatCopy(dw, db, gradients, off, false);
        for (int l = 0; l < acts.length && lambda != 0f; l++) {
            Blas.saxpy(w[l].length, lambda, w[l], 0, dw[l], 0);
        }
        gradsZero = false;
        step();
    }

    /**
     * Number of floats in all parameters, the length of the flat views: per layer, its out·in weights (row-major)
     * and then its out biases, layer 0 first (the order of the safetensors file).
     *
     * @return the parameter count
     */
    public int parameterCount() {
        int n = 0;
        for (int l = 0; l < acts.length; l++) n += w[l].length + b[l].length;
        return n;
    }

    /**
     * Copies every parameter into {@code dst} in the flat layout of {@link #parameterCount()}.
     *
     * @param dst receives {@link #parameterCount()} floats from {@code dst[off]}
     * @param off index of the first parameter
     * @throws IndexOutOfBoundsException if the range lies outside the array
     * @throws NullPointerException if {@code dst} is null
     */
    public void getParameters(float[] dst, int off) {
        Check.range(dst, off, parameterCount(), "dst");
        flatCopy(w, b, dst, off, true);
    }

    /**
     * Sets every parameter from {@code src}, in the flat layout of {@link #parameterCount()}; optimizer state is kept.
     *
     * @param src {@link #parameterCount()} floats from {@code src[off]}
     * @param off index of the first parameter
     * @throws IndexOutOfBoundsException if the range lies outside the array
     * @throws NullPointerException if {@code src} is null
     */
    public void setParameters(float[] src, int off) {
        Check.range(src, off, parameterCount(), "src");
        flatCopy(w, b, src, off, false);
    }

    /**
     * Copies the accumulated gradients (zeros after {@link #zeroGrad()}) into {@code dst}, in the flat layout of
     * {@link #parameterCount()}.
     *
     * @param dst receives {@link #parameterCount()} floats from {@code dst[off]}
     * @param off index of the first gradient
     * @throws IndexOutOfBoundsException if the range lies outside the array
     * @throws NullPointerException if {@code dst} is null
     */
    public void getGradients(float[] dst, int off) {
        Check.range(dst, off, parameterCount(), "dst");
        materializeZeroGrads();
        flatCopy(dw, db, dst, off, true);
    }

    /** Copies per-layer weights and biases to ({@code out}) or from the flat layout of {@link #parameterCount()}. */
    private void flatCopy(float[][] pw, float[][] pb, float[] flat, int off, boolean out) {
        int o = off;
        for (int l = 0; l < acts.length; l++) {
            o = copy(pw[l], flat, o, out);
            o = copy(pb[l], flat, o, out);
        }
    }

    private static int copy(float[] p, float[] flat, int o, boolean out) {
        if (out) {
            System.arraycopy(p, 0, flat, o, p.length);
        } else {
            System.arraycopy(flat, o, p, 0, p.length);
        }
        return o + p.length;
    }

    /** Sets every gradient to zero (lazily: the next backward overwrites the buffers instead of adding). */
    public void zeroGrad() {
        gradsZero = true;
    }

    private void materializeZeroGrads() {
        if (gradsZero) {
            for (int l = 0; l < acts.length; l++) {
                Arrays.fill(dw[l], 0f);
                Arrays.fill(db[l], 0f);
            }
            gradsZero = false;
        }
    }

    // ---------------------------------------------------------------- inference

    /**
     * Forward on a batch; the outputs (logits for the cross-entropy losses) are copied to {@code out}.
     * Gradients and parameters are not changed.
     *
     * @param x the inputs, {@code batch × inputWidth()} row-major from {@code x[xOff]}
     * @param xOff index of the first input
     * @param batch rows in this batch, in {@code [1, maxBatch()]}
     * @param out receives {@code batch × outputWidth()} floats, row-major, from {@code out[outOff]}
     * @param outOff index of the first output
     * @throws IllegalArgumentException if {@code batch} is outside {@code [1, maxBatch()]}
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array is null
     */
    public void predict(float[] x, int xOff, int batch, float[] out, int outOff) {
        checkInputs(x, xOff, batch);
        Check.range(out, outOff, batch * outputWidth(), "out");
        forwardChecked(x, xOff, batch);
        System.arraycopy(h[acts.length - 1], 0, out, outOff, batch * outputWidth());
    }

    /**
     * Forward on a batch, then the index of the largest output of each row (the first on ties).
     *
     * @param x the inputs, {@code batch × inputWidth()} row-major from {@code x[xOff]}
     * @param xOff index of the first input
     * @param batch rows in this batch, in {@code [1, maxBatch()]}
     * @param classes receives {@code batch} class indices from {@code classes[cOff]}
     * @param cOff index of the first class
     * @throws IllegalArgumentException if {@code batch} is outside {@code [1, maxBatch()]}
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array is null
     */
    public void predictClasses(float[] x, int xOff, int batch, int[] classes, int cOff) {
        checkInputs(x, xOff, batch);
        Check.range(classes, cOff, batch, "classes");
        forwardChecked(x, xOff, batch);
        Blas.rowArgmax(batch, outputWidth(), h[acts.length - 1], 0, outputWidth(), classes, cOff);
    }

    /**
     * Mean softmax cross-entropy of a batch without changing parameters or gradients (the backward scratch is
     * overwritten).
     *
     * @param x the inputs, {@code batch × inputWidth()} row-major from {@code x[xOff]}
     * @param xOff index of the first input
     * @param labels the class of each row, in {@code [0, outputWidth())}, from {@code labels[lOff]}
     * @param lOff index of the first label
     * @param batch rows in this batch, in {@code [1, maxBatch()]}
     * @return the batch's mean loss (without the L2 penalty)
     * @throws IllegalArgumentException if {@code batch} is outside {@code [1, maxBatch()]}, a label is out of range,
     *         or the model's loss takes the other kind of target
     * @throws IndexOutOfBoundsException if a range lies outside its array
     * @throws NullPointerException if an array is null
     */
    public float loss(float[] x, int xOff, int[] labels, int lOff, int batch) {
        checkInputs(x, xOff, batch);
        requireLoss(true);
        Losses.checkLabels(batch, outputWidth(), labels, lOff);
        forwardChecked(x, xOff, batch);
        return Losses.softmaxCrossEntropy(batch, outputWidth(), h[acts.length - 1], 0, labels, lOff, g0, 0);
    }

    private void forwardChecked(float[] x, int xOff, int batch) {
        float[] in = x;
        int inOff = xOff;
        for (int l = 0; l < acts.length; l++) {
            int k = widths[l], out = widths[l + 1];
            // A (batch×out) = H (batch×in) · Wᵀ, then + b and f: the forward of Algorithm 6.3 on a minibatch
            ws.setSplit(GemmWorkspace.Split.COLUMNS); // columns of A(l) = rows of W, as the update splits them
            Gemm.sgemm(Transpose.N, Transpose.T, batch, out, k, 1f, in, inOff, k, w[l], 0, k, 0f, a[l], 0, out,
                    workspace(l, batch));
            ws.setSplit(GemmWorkspace.Split.AUTO);
            if (parallelElementwise(l, batch)) {
                ewLayer = l;
                ewBatch = batch;
                Team.execute(biasActJob, ws.effectiveThreads());
            } else {
                biasAct(l, 0, batch);
            }
            in = h[l];
            inOff = 0;
        }
    }

    private void checkInputs(float[] x, int xOff, int batch) {
        if (batch < 1 || batch > maxBatch) {
            throw new IllegalArgumentException("batch must be in [1, " + maxBatch + "], was " + batch);
        }
        Check.range(x, xOff, batch * widths[0], "x");
    }

    private void requireLoss(boolean labels) {
        if (labels != (loss == Loss.SOFTMAX_CROSS_ENTROPY)) {
            throw new IllegalArgumentException(loss + " takes " + (loss == Loss.SOFTMAX_CROSS_ENTROPY ? "integer labels" : "float targets"));
        }
    }

    // ---------------------------------------------------------------- parameters

    /**
     * Number of dense layers.
     *
     * @return the layer count, {@code ≥ 1}
     */
    public int layers() {
        return acts.length;
    }

    /**
     * The layer widths.
     *
     * @return a copy: element 0 is the input width, element l the units of layer l (1-based)
     */
    public int[] widths() {
        return widths.clone();
    }

    /**
     * Features per sample.
     *
     * @return the input width
     */
    public int inputWidth() {
        return widths[0];
    }

    /**
     * Outputs of the last layer (classes, for the cross-entropy loss).
     *
     * @return the output width
     */
    public int outputWidth() {
        return widths[acts.length];
    }

    /**
     * The largest batch the buffers were sized for.
     *
     * @return the largest batch
     */
    public int maxBatch() {
        return maxBatch;
    }

    /**
     * The loss this model was built with.
     *
     * @return the loss
     */
    public Loss lossKind() {
        return loss;
    }

    /**
     * The activation of a layer.
     *
     * @param layer the layer index, in {@code [0, layers())}
     * @return the activation
     * @throws ArrayIndexOutOfBoundsException if {@code layer} is out of range
     */
    public Activation activation(int layer) {
        return acts[layer];
    }

    /**
     * The optimizer in use, with its current learning rate.
     *
     * @return the optimizer
     */
    public Optimizer optimizer() {
        return opt;
    }

    /**
     * Changes the optimizer's learning rate (e.g. a schedule); other hyper-parameters and state are kept.
     *
     * @param lr the new learning rate, finite and {@code > 0}
     * @throws IllegalArgumentException if {@code lr} is not finite or not positive
     */
    public void setLearningRate(float lr) {
        opt = opt.withLearningRate(lr);
    }

    /**
     * As {@link Builder#threads(int)}; takes effect from the next call.
     *
     * @param threads the count, {@code ≥ 0} (0: the library's count)
     * @throws IllegalArgumentException if {@code threads < 0}
     */
    public void setThreads(int threads) {
        ws.setThreads(threads);
    }

    /**
     * The setting of {@link #setThreads(int)}.
     *
     * @return the model's own count, 0 when it follows the library's
     */
    public int threads() {
        return ws.threads();
    }

    /**
     * The most threads a call uses now: this model's setting capped by the library's count.
     *
     * @return a count of at least 1
     */
    public int effectiveThreads() {
        return ws.effectiveThreads();
    }

    /**
     * The mean loss of the last {@link #trainStep} or {@link #forwardBackward} call.
     *
     * @return that loss, NaN before the first
     */
    public float lastLoss() {
        return lastLoss;
    }

    /**
     * The L2 penalty term of J, {@code λ·½Σ‖W‖²}.
     *
     * @return the penalty, 0 without L2
     */
    public double penalty() {
        double s = 0;
        for (float[] wl : w) s += Blas.snrm2sq(wl.length, wl, 0);
        return 0.5 * lambda * s;
    }

    /**
     * Copies layer {@code l}'s weights into {@code dst}.
     *
     * @param l the layer index, in {@code [0, layers())}
     * @param dst receives the out×in weights, row-major (as PyTorch's {@code nn.Linear.weight}); its length must be out·in
     * @throws IndexOutOfBoundsException if {@code l} is out of range
     * @throws IllegalArgumentException if {@code dst} has the wrong length
     * @throws NullPointerException if {@code dst} is null
     */
    public void getWeights(int l, float[] dst) {
        copyOut(w, l, dst, "weights");
    }

    /**
     * Copies layer {@code l}'s bias into {@code dst}.
     *
     * @param l the layer index, in {@code [0, layers())}
     * @param dst receives the layer's {@code out} biases; its length must be out
     * @throws IndexOutOfBoundsException if {@code l} is out of range
     * @throws IllegalArgumentException if {@code dst} has the wrong length
     * @throws NullPointerException if {@code dst} is null
     */
    public void getBias(int l, float[] dst) {
        copyOut(b, l, dst, "bias");
    }

    /**
     * Copies layer {@code l}'s accumulated weight gradient ∇W into {@code dst} (zeros after {@link #zeroGrad()}).
     *
     * @param l the layer index, in {@code [0, layers())}
     * @param dst receives out×in floats, row-major; its length must be out·in
     * @throws IndexOutOfBoundsException if {@code l} is out of range
     * @throws IllegalArgumentException if {@code dst} has the wrong length
     * @throws NullPointerException if {@code dst} is null
     */
    public void getWeightGradient(int l, float[] dst) {
        checkLayer(l);
        materializeZeroGrads();
        copyOut(dw, l, dst, "weight gradient");
    }

    /**
     * Copies layer {@code l}'s accumulated bias gradient ∇b into {@code dst} (zeros after {@link #zeroGrad()}).
     *
     * @param l the layer index, in {@code [0, layers())}
     * @param dst receives {@code out} floats; its length must be out
     * @throws IndexOutOfBoundsException if {@code l} is out of range
     * @throws IllegalArgumentException if {@code dst} has the wrong length
     * @throws NullPointerException if {@code dst} is null
     */
    public void getBiasGradient(int l, float[] dst) {
        checkLayer(l);
        materializeZeroGrads();
        copyOut(db, l, dst, "bias gradient");
    }

    /**
     * Sets layer {@code l}'s weights from {@code src}; optimizer state is kept.
     *
     * @param l the layer index, in {@code [0, layers())}
     * @param src out×in weights, row-major; its length must be out·in
     * @throws IndexOutOfBoundsException if {@code l} is out of range
     * @throws IllegalArgumentException if {@code src} has the wrong length
     * @throws NullPointerException if {@code src} is null
     */
    public void setWeights(int l, float[] src) {
        copyIn(w, l, src, "weights");
    }

    /**
     * Sets layer {@code l}'s bias from {@code src}; optimizer state is kept.
     *
     * @param l the layer index, in {@code [0, layers())}
     * @param src {@code out} biases; its length must be out
     * @throws IndexOutOfBoundsException if {@code l} is out of range
     * @throws IllegalArgumentException if {@code src} has the wrong length
     * @throws NullPointerException if {@code src} is null
     */
    public void setBias(int l, float[] src) {
        copyIn(b, l, src, "bias");
    }

    private void copyOut(float[][] p, int l, float[] dst, String what) {
        Check.notNull(dst, "dst");
        checkLayer(l);
        if (dst.length != p[l].length) {
            throw new IllegalArgumentException(what + " of layer " + l + " has " + p[l].length + " floats, dst " + dst.length);
        }
        System.arraycopy(p[l], 0, dst, 0, dst.length);
    }

    private void copyIn(float[][] p, int l, float[] src, String what) {
        Check.notNull(src, "src");
        checkLayer(l);
        if (src.length != p[l].length) {
            throw new IllegalArgumentException(what + " of layer " + l + " has " + p[l].length + " floats, src " + src.length);
        }
        System.arraycopy(src, 0, p[l], 0, src.length);
    }

    private void checkLayer(int l) {
        if (l < 0 || l >= acts.length) {
            throw new IndexOutOfBoundsException("layer " + l + " of " + acts.length);
        }
    }
}
