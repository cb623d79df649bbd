import csv, glob, re, sys
D = sys.argv[1]
ob = {}
for f in glob.glob(f'{D}/openblas-*t-after-*.txt'):
    m = re.search(r'openblas-(\d)t-after-(jdk\d+)', f); t, tag = int(m.group(1)), m.group(2)
    for line in open(f):
        mm = re.match(r'(\S+ \w\w): ([0-9.]+) GFLOP', line)
        if mm: ob[(tag, mm.group(1), t)] = float(mm.group(2))
v = {}
for f in glob.glob(f'{D}/jdk*-*.csv'):
    tag = re.search(r'(jdk\d+)-', f).group(1)
    for r in csv.DictReader(open(f)):
        m, n, k = map(int, r['Param: shape'].split('x')); fl = 2.0 * m * n * k
        s, e = float(r['Score']), float(r['Score Error (99.9%)'])
        v[(tag, r['Param: shape'] + ' ' + r['Param: trans'], int(r['Param: threads']))] = (fl / s, fl / (s + e), fl / max(s - e, 1e-9))
shapes = ['512x512x512 NN', '1024x1024x1024 NN', '2048x2048x2048 NN', '256x256x784 NT', '256x784x256 NN', '256x784x256 TN', '64x256x784 NT', '64x784x256 NN', '256x784x64 TN']
print('| shape | JDK | 1 thread (99.9% interval) | 2 threads (99.9% interval) | 2t ÷ 1t | OpenBLAS 1t / 2t (right after) | ÷ OpenBLAS 1t / 2t |')
print('|---|---|---|---|---|---|---|')
for s in shapes:
    for tag in ('jdk25', 'jdk17'):
        a, b = v.get((tag, s, 1)), v.get((tag, s, 2))
        if not a or not b: continue
        o1, o2 = ob.get((tag, s, 1), float('nan')), ob.get((tag, s, 2), float('nan'))
        print(f'| {s} | {tag[3:]} | {a[0]:.1f} ({a[1]:.0f}–{a[2]:.0f}) | {b[0]:.1f} ({b[1]:.0f}–{b[2]:.0f}) | {b[0]/a[0]:.2f} | {o1:.0f} / {o2:.0f} | {a[0]/o1:.2f} / {b[0]/o2:.2f} |')
