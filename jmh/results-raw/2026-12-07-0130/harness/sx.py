import sys, statistics as st
thr = float(sys.argv[2]) if len(sys.argv) > 2 else 70
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip() and l[0].isdigit()]
rows = rows[3:]  # warm-up
nv = len(rows[0])
for name, sel in (("all", rows), ("slow", [r for r in rows if min(r) < thr]), ("normal", [r for r in rows if min(r) >= thr])):
    if not sel: continue
    out = [f"{name} ({len(sel)})"]
    for v in range(nv):
        med = st.median(r[v] for r in sel)
        rat = st.median(r[v] / r[0] for r in sel) if v else 1.0
        out.append(f"v{v} {med:.1f} ×{rat:.3f}")
    print("  ".join(out))
