"""Turns the outputs of jmh/compare.sh into the README's Markdown table (GFLOP/s and steps/s). JMH figures are
the median of every measurement iteration of every fork; the references ran twice (before and after the JMH
runs), each a median of 7 blocks, and the table takes the better of the two (both are in the notes)."""
import glob, os, re, sys

out = sys.argv[1]
jmh = {}  # (bench, lib, shape, threads) -> (median ns over all measurement iterations of all forks, n, min, max)
# The logs hold every iteration: the median resists a fork that a neighbour on the shared machine disturbed
# (JMH's CSV has only the mean).
for f in glob.glob(os.path.join(out, '*.log')):
    bench, params, vals = None, None, []
    def flush():
        if params is not None and vals:
            v = sorted(vals)
            n = len(v)
            med = v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
            key = (bench, params.get('lib', 'vectorprop'),
                   params.get('shape') or params.get('net', '') + ':' + params.get('batch', ''), int(params['threads']))
            jmh[key] = (med, n, v[0], v[-1])
    for line in open(f):
        m = re.match(r'# Benchmark: \S+\.(\w+)$', line.strip())
        if m:
            flush()
            bench, params, vals = m.group(1), None, []
            continue
        m = re.match(r'# Parameters: \((.*)\)', line)
        if m:
            params = dict(kv.split(' = ') for kv in m.group(1).split(', '))
            continue
        m = re.match(r'Iteration\s+\d+: ([\d.]+) (ns/op|ops/s)', line)
        if m:
            x = float(m.group(1))
            vals.append(x if m.group(2) == 'ns/op' else 1e9 / x)
    flush()

def gflops(shape, ns):
    m, n, k = map(int, shape.split(':')[0].split('x'))
    return 2 * m * n * k / ns

def ref(prefix, t, pattern):
    vals = []
    for r in 'ab':
        f = os.path.join(out, f'{prefix}-{t}-{r}.txt')
        if os.path.exists(f):
            for line in open(f):
                m = re.search(pattern, line)
                if m:
                    vals.append(float(m.group(1)))
    return max(vals) if vals else None, vals

shapes = ['1024x1024x1024:NN', '256x256x784:NT']
rows, notes = [], []
for t in (1, 2):
    for s in shapes:
        m, n, k = s.split(':')[0].split('x')
        pat = re.escape(f"{s.split(':')[0]} {s.split(':')[1]}") + r': (\d+) GFLOP/s'
        vp = jmh.get(('sgemm', 'vectorprop', s, t))
        vpg = gflops(s, vp[0]) if vp else None
        cells = [f'**{vpg:.0f}**' if vpg else 'n/a']
        for prefix in ('openblas', 'torch-gemm'):
            best, all_ = ref(prefix, t, pat)
            cells.append(f'{best:.0f}' if best else 'n/a')
            notes.append(f'{prefix} {s} {t}t: {all_}')
        for lib in ('netlib', 'ejml'):
            r = jmh.get(('sgemm', lib, s, t))
            cells.append(f'{gflops(s, r[0]):.1f}' if r else '—')
        what = ('SGEMM ' + ('1024³ NN' if s.startswith('1024') else 'layer 256×256×784 NT') + ', GFLOP/s')
        rows.append((f'{what}, {t} thread{"s" if t > 1 else ""}', cells))
    st = jmh.get(('step', 'vectorprop', '784-256-128-10:256', t))
    best, all_ = ref('torch-step', t, r'batch=256: ([\d.]+) steps/s')
    notes.append(f'torch-step {t}t: {all_}')
    rows.append((f'MLP 784-256-128-10 SGD step, batch 256, steps/s, {t} thread{"s" if t > 1 else ""}',
                 [f'**{1e9 / st[0]:.0f}**' if st else 'n/a', '—', f'{best:.0f}' if best else 'n/a', '—', '—']))
print('| workload | vectorprop | OpenBLAS 0.3.21 | PyTorch 1.13 | netlib-java 3.0.4 VectorBLAS | EJML 0.46.1 |')
print('|---|---|---|---|---|---|')
for name, cells in rows:
    print(f'| {name} | ' + ' | '.join(cells) + ' |')
print()
for k, v in sorted(jmh.items()):
    print(f'<!-- jmh {k}: median {v[0]:.0f} ns of {v[1]} iterations (min {v[2]:.0f}, max {v[3]:.0f}) -->')
for n_ in notes:
    print(f'<!-- {n_} -->')
