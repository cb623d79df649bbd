"""PyTorch reference for MlpBenchmark: steps/s of one SGD training step (forward, softmax cross-entropy,
backward, update) in float32 on one thread, for the configurations of issue 4. Run with Debian's
python3-torch (`apt-get install python3-torch`), with OpenBLAS's own core detection (these machines set
OPENBLAS_CORETYPE=Haswell): env -u OPENBLAS_CORETYPE /usr/bin/python3 jmh/reference/pytorch_step.py
Prints one line per configuration: median steps/s over 7 timed blocks after warm-up."""
import os
import time
import statistics
# torch.set_num_threads does not reach the OpenBLAS that Debian's torch calls for matrix products: without
# this, "one thread" ran its GEMMs on every core (measured 2026-12-06: 1.19-1.33x faster steps on 2 cores).
os.environ.setdefault('OPENBLAS_NUM_THREADS', os.environ.get('THREADS', '1'))
import torch

# THREADS=2 for two threads (run it with and without OMP_WAIT_POLICY=PASSIVE); default one thread.
torch.set_num_threads(int(os.environ.get('THREADS', '1')))
print('torch', torch.__version__, 'threads', torch.get_num_threads(), 'OMP_WAIT_POLICY', os.environ.get('OMP_WAIT_POLICY', '(unset)'))
torch.manual_seed(1)

def bench(widths, batch, seconds=1.0):
    layers = []
    for i in range(len(widths) - 1):
        layers.append(torch.nn.Linear(widths[i], widths[i + 1]))
        if i < len(widths) - 2:
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers)
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    loss_fn = torch.nn.CrossEntropyLoss()
    x = torch.randn(batch, widths[0])
    y = torch.randint(0, widths[-1], (batch,))

    def step():
        opt.zero_grad(set_to_none=False)
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()

    for _ in range(50):
        step()
    # calibrate a block of about `seconds`
    n = 10
    while True:
        t0 = time.perf_counter()
        for _ in range(n):
            step()
        dt = time.perf_counter() - t0
        if dt > seconds / 4:
            break
        n *= 2
    n = max(1, int(n * seconds / dt))
    rates = []
    for _ in range(7):
        t0 = time.perf_counter()
        for _ in range(n):
            step()
        rates.append(n / (time.perf_counter() - t0))
    return statistics.median(rates), min(rates), max(rates)

import sys
# arguments WIDTHS:BATCH (e.g. 784-256-128-10:256) select configurations
configs = [(tuple(map(int, a.split(':')[0].split('-'))), int(a.split(':')[1])) for a in sys.argv[1:]] or [
    ((784, 256, 128, 10), 64), ((784, 256, 128, 10), 256), ((784, 1024, 1024, 10), 256)]
for widths, batch in configs:
    med, lo, hi = bench(widths, batch)
    print(f"{'-'.join(map(str, widths))} batch={batch}: {med:.1f} steps/s (min {lo:.1f}, max {hi:.1f})")
