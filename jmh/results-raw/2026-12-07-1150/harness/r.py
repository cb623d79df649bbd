import sys,statistics
for line in sys.stdin:
    ps=[p.split('/') for p in line.split() if '/' in p][2:]
    if not ps: print(line.strip()); continue
    o=[float(a) for a,b in ps]; n=[float(b) for a,b in ps]; r=[b/a for a,b in zip(o,n)]
    print(f"pairs {len(r)} old med {statistics.median(o):.1f} new med {statistics.median(n):.1f} ratio med {statistics.median(r):.3f} [{min(r):.2f}-{max(r):.2f}]")
