"""Issue 16's tables from a final/ directory of measure.sh: medians of JMH measurement iterations (all forks),
GFLOP/s for sgemm, steps/s for the training step, beside OpenBLAS (runs a, b) and PyTorch (runs a, b)."""
import re, sys, statistics, os
D = sys.argv[1]
def jmh(path):
    res, key = {}, None
    for line in open(path):
        m = re.match(r'# Parameters: \((.*)\)', line)
        if m:
            key = tuple(sorted(tuple(kv.split(' = ')) for kv in m.group(1).split(', ')))
            res.setdefault(key, [])
        m = re.match(r'Iteration\s+\d+: ([0-9.]+) (\S+)', line)
        if m and key:
            res[key].append(float(m.group(1)))
    return res
def ref(path, pat):
    out = {}
    if not os.path.exists(path): return out
    for line in open(path):
        m = re.match(pat, line)
        if m: out[m.group(1)] = float(m.group(2))
    return out
ob = {(t, r): ref(f'{D}/openblas-{t}t-{r}.txt', r'(\S+ \w\w): ([0-9.]+) GFLOP') for t in (1, 2) for r in 'ab'}
pt = {(t, r): ref(f'{D}/pytorch-{t}{"t-passive" if t == 2 else "t"}-{r}.txt', r'(\S+ batch=\d+): ([0-9.]+) steps') for t in (1, 2) for r in 'ab'}
g = {}
for jdk in ('jdk25', 'jdk17'):
    for f in ('square', 'fwd', 'dx', 'dw'):
        p = f'{D}/{jdk}/{f}.log'
        if not os.path.exists(p): continue
        for k, v in jmh(p).items():
            d = dict(k); m, n, kk = map(int, d['shape'].split('x'))
            g[(jdk, d['shape'] + ' ' + d['trans'], int(d['threads']))] = [2.0 * m * n * kk / x for x in v]
shapes = ['512x512x512 NN', '1024x1024x1024 NN', '2048x2048x2048 NN', '256x256x784 NT', '256x784x256 NN', '256x784x256 TN', '64x256x784 NT', '64x784x256 NN', '256x784x64 TN']
print('| shape | JDK 25 1t | JDK 25 2t | 2t÷1t | JDK 17 1t | JDK 17 2t | 2t÷1t | OpenBLAS 1t (a, b) | OpenBLAS 2t (a, b) | JDK 25 ÷ OpenBLAS best, 1t / 2t | JDK 17 ÷ OpenBLAS best, 1t / 2t |')
print('|---|---|---|---|---|---|---|---|---|---|---|')
med = lambda x: statistics.median(x) if x else float('nan')
for s in shapes:
    row = [s]
    v = {(j, t): med(g.get((j, s, t), [])) for j in ('jdk25', 'jdk17') for t in (1, 2)}
    for j in ('jdk25', 'jdk17'):
        row += [f'{v[(j,1)]:.1f}', f'{v[(j,2)]:.1f}', f'{v[(j,2)]/v[(j,1)]:.2f}']
    o1 = [ob[(1, r)].get(s, float('nan')) for r in 'ab']; o2 = [ob[(2, r)].get(s, float('nan')) for r in 'ab']
    row += [', '.join(f'{x:.0f}' for x in o1), ', '.join(f'{x:.0f}' for x in o2)]
    for j in ('jdk25', 'jdk17'):
        row.append(f'{v[(j,1)]/max(o1):.2f} / {v[(j,2)]/max(o2):.2f}')
    print('| ' + ' | '.join(row) + ' |')
print()
st = {}
for jdk in ('jdk25', 'jdk17'):
    for f in ('mlp', 'mlp-big'):
        p = f'{D}/{jdk}/{f}.log'
        if not os.path.exists(p): continue
        for k, v in jmh(p).items():
            d = dict(k); st[(jdk, d['net'] + ' batch=' + d['batch'], int(d['threads']))] = v
print('| step, SGD | JDK 25 1t | JDK 25 2t | 2t÷1t | JDK 17 1t | JDK 17 2t | 2t÷1t | PyTorch 1t (a, b) | PyTorch 2t PASSIVE (a, b) | JDK 25 / JDK 17 2t ÷ faster PyTorch of run a, of run b |')
print('|---|---|---|---|---|---|---|---|---|---|')
for s in ['784-256-128-10 batch=64', '784-256-128-10 batch=256', '784-1024-1024-10 batch=256']:
    row = [s]
    v = {(j, t): med(st.get((j, s, t), [])) for j in ('jdk25', 'jdk17') for t in (1, 2)}
    for j in ('jdk25', 'jdk17'):
        row += [f'{v[(j,1)]:.0f}', f'{v[(j,2)]:.0f}', f'{v[(j,2)]/v[(j,1)]:.2f}']
    p1 = [pt[(1, r)].get(s, float('nan')) for r in 'ab']; p2 = [pt[(2, r)].get(s, float('nan')) for r in 'ab']
    row += [', '.join(f'{x:.0f}' for x in p1), ', '.join(f'{x:.0f}' for x in p2)]
    best = [max(p1[i], p2[i]) for i in range(2)]
    row.append(' / '.join(', '.join(f'{v[(j,2)]/b:.2f}' for b in best) for j in ('jdk25', 'jdk17')))
    print('| ' + ' | '.join(row) + ' |')
