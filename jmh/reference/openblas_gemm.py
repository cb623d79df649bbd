"""OpenBLAS SGEMM reference on the same machine and day as a JMH run: GFLOP/s (median of 7 blocks) of
NumPy's float32 matmul for the shapes of GemmBenchmark. Debian's NumPy calls the system OpenBLAS; run
it on one thread with OpenBLAS's own core detection (these machines set OPENBLAS_CORETYPE=Haswell,
which forces the 256-bit kernel):
  env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=1 /usr/bin/python3 jmh/reference/openblas_gemm.py
(OPENBLAS_NUM_THREADS=2 for both cores; extra arguments MxNxK:TT select shapes)"""
import os
import sys
import ctypes
import statistics
import time
import numpy as np

def bench(m, n, k, trans):
    ta, tb = trans[0] == 'T', trans[1] == 'T'
    a = np.random.rand(k, m).astype(np.float32).T if ta else np.random.rand(m, k).astype(np.float32)
    b = np.random.rand(n, k).astype(np.float32).T if tb else np.random.rand(k, n).astype(np.float32)
    for _ in range(5):
        a @ b
    reps = max(1, int(2e9 / (2 * m * n * k)))
    rates = []
    for _ in range(7):
        t0 = time.perf_counter()
        for _ in range(reps):
            a @ b
        rates.append(2 * m * n * k * reps / (time.perf_counter() - t0) / 1e9)
    return statistics.median(rates)

lib = ctypes.CDLL('libopenblas.so.0')
lib.openblas_get_corename.restype = ctypes.c_char_p
print('OpenBLAS core:', lib.openblas_get_corename().decode(), 'threads:', os.environ.get('OPENBLAS_NUM_THREADS', '(default)'))
shapes = [tuple(a.split(':')) for a in sys.argv[1:]] or [
                     ('128x128x128', 'NN'), ('512x512x512', 'NN'), ('1024x1024x1024', 'NN'), ('2048x2048x2048', 'NN'),
                     ('64x256x784', 'NT'), ('256x256x784', 'NT'), ('64x784x256', 'NN'), ('256x784x256', 'NN'),
                     ('256x784x64', 'TN'), ('256x784x256', 'TN')]
for shape, trans in shapes:
    m, n, k = map(int, shape.split('x'))
    print(f'{shape} {trans}: {bench(m, n, k, trans):.0f} GFLOP/s')
