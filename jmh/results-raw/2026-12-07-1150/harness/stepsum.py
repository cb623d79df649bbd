import sys, re, statistics as st
v = {}; pt = {}; pp = {}
for line in open(sys.argv[1]):
    m = re.match(r'r(\d) (jdk\d+) MlpBenchmark.step\s+(\d+)\s+(\S+)\s+sgd\s+(\d)\s+thrpt\s+\d+\s+([\d.]+) ±\s+([\d.]+)', line)
    if m:
        r, j, b, net, t, s, e = m.groups(); v.setdefault((net, int(b)), {}).setdefault((j, int(t)), []).append((float(s), float(e))); continue
    m = re.match(r'r(\d) (pt\w+) (\S+) batch=(\d+): ([\d.]+) steps/s', line)
    if m:
        r, k, net, b, s = m.groups(); pt.setdefault((net, int(b)), {}).setdefault(k, []).append(float(s)); continue
    m = re.match(r'r(\d) (\w+) pp (.*)', line)
    if m: pp[(m.group(1), m.group(2))] = m.group(3).strip()
f = lambda xs: ' / '.join(f'{s:.0f} ± {e:.0f}' if e >= 0.5 else f'{s:.1f}' for s, e in xs)
print('| net, batch | JDK 25 1t | JDK 25 2t | 2t ÷ 1t | JDK 17 1t | JDK 17 2t | 2t ÷ 1t | PyTorch 1t / 2t PASSIVE / 2t | vectorprop 2t ÷ best PyTorch (25 / 17) |')
print('|---|---|---|---|---|---|---|---|---|')
for key in [('784-256-128-10', 64), ('784-256-128-10', 256), ('784-1024-1024-10', 256)]:
    d = v[key]; p = pt[key]
    r25 = [a[0] / b[0] for a, b in zip(d[('jdk25', 2)], d[('jdk25', 1)])]
    r17 = [a[0] / b[0] for a, b in zip(d[('jdk17', 2)], d[('jdk17', 1)])]
    best = [max(p['pt1'][i], p['pt2p'][i], p['pt2'][i]) for i in range(len(p['pt1']))]
    v25 = [a[0] / b for a, b in zip(d[('jdk25', 2)], best)]; v17 = [a[0] / b for a, b in zip(d[('jdk17', 2)], best)]
    g = lambda xs: ' / '.join(f'{x:.2f}' for x in xs)
    pts = ' ; '.join(f"{p['pt1'][i]:.0f} / {p['pt2p'][i]:.0f} / {p['pt2'][i]:.0f}" for i in range(len(p['pt1'])))
    print(f"| {key[0]} b{key[1]} | {f(d[('jdk25',1)])} | {f(d[('jdk25',2)])} | {g(r25)} | {f(d[('jdk17',1)])} | {f(d[('jdk17',2)])} | {g(r17)} | {pts} | {g(v25)} ; {g(v17)} |")
print(pp)
