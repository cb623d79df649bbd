import sys, re, statistics as st
rows = {}
for line in open(sys.argv[1]):
    m = re.match(r'\S+ r(\d) (\S+) t(\d) pp (.*?)\s+ob (\S+) j25 (\S+) j17 (\S+)', line)
    if not m: continue
    r, s, t, pp, ob, j25, j17 = m.groups()
    rows.setdefault((s, int(t)), []).append((float(ob), float(j25), float(j17), pp.split()))
print('| shape | threads | OpenBLAS (rounds) | JDK 25 (rounds) | JDK 17 (rounds) | JDK 25 ÷ OpenBLAS, median of round ratios | JDK 17 ÷ OpenBLAS | pp (ns) before each round |')
print('|---|---|---|---|---|---|---|---|')
for (s, t), v in rows.items():
    f = lambda i: ', '.join(f'{x[i]:.0f}' for x in v)
    r25 = st.median(x[1] / x[0] for x in v); r17 = st.median(x[2] / x[0] for x in v)
    print(f'| {s.replace(":", " ")} | {t} | {f(0)} | {f(1)} | {f(2)} | {r25:.2f} | {r17:.2f} | {"; ".join("/".join(x[3]) for x in v)} |')
