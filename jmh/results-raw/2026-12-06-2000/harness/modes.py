import re, sys, glob, statistics
# steps/s of every JMH measurement iteration, split at a threshold into far-mode and near-mode iterations
thr = float(sys.argv[1])
for pat in sys.argv[2:]:
    v = []
    for f in sorted(glob.glob(pat)):
        for line in open(f):
            m = re.match(r'^Iteration\s+\d+: ([\d.]+) ops/s', line)
            if m: v.append(float(m.group(1)))
    lo = sorted(x for x in v if x < thr); hi = sorted(x for x in v if x >= thr)
    md = lambda a: '%.0f' % statistics.median(a) if a else '-'
    print(f'{pat}: far {len(lo)} iterations median {md(lo)}; near {len(hi)} median {md(hi)}')
