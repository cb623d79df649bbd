"""PyTorch SGEMM reference for PeersBenchmark / GemmBenchmark: GFLOP/s (median of 7 blocks) of torch.mm in
float32, row-major like vectorprop. Arguments MxNxK:TT (TT = NN or NT: op(B) = Bᵀ, a transposed view).
  env -u OPENBLAS_CORETYPE THREADS=1 /usr/bin/python3 jmh/reference/pytorch_gemm.py 1024x1024x1024:NN"""
import os
import sys
import statistics
import time
# torch.set_num_threads does not reach the OpenBLAS that Debian's torch calls for matrix products: without
# this, "one thread" ran its GEMMs on every core (measured 2026-12-06: 1.19-1.33x faster steps on 2 cores).
os.environ.setdefault('OPENBLAS_NUM_THREADS', os.environ.get('THREADS', '1'))
import torch

torch.set_num_threads(int(os.environ.get('THREADS', '1')))
print('torch', torch.__version__, 'threads', torch.get_num_threads())
for arg in sys.argv[1:] or ['1024x1024x1024:NN']:
    shape, trans = (arg.split(':') + ['NN'])[:2]
    m, n, k = map(int, shape.split('x'))
    a = torch.rand(m, k)
    b = torch.rand(n, k).t() if trans[1] == 'T' else torch.rand(k, n)
    c = torch.empty(m, n)
    for _ in range(5):
        torch.mm(a, b, out=c)
    reps = max(1, int(2e9 / (2 * m * n * k)))
    rates = []
    for _ in range(7):
        t0 = time.perf_counter()
        for _ in range(reps):
            torch.mm(a, b, out=c)
        rates.append(2 * m * n * k * reps / (time.perf_counter() - t0) / 1e9)
    print(f'{shape} {trans}: {statistics.median(rates):.0f} GFLOP/s')
