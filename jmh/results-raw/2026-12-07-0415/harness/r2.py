import sys,statistics
hi=float(sys.argv[1]) if len(sys.argv)>1 else 80; lo=float(sys.argv[2]) if len(sys.argv)>2 else 70
for line in sys.stdin:
    ps=[p.split('/') for p in line.split() if '/' in p][2:]
    if not ps: print(line.strip()); continue
    pr=[(float(a),float(b)) for a,b in ps]
    def f(sel,name):
        r=[b/a for a,b in sel]
        if r: print(f"  {name}: n={len(r)} old {statistics.median([a for a,b in sel]):.1f} new {statistics.median([b for a,b in sel]):.1f} ratio med {statistics.median(r):.3f}",end='')
        else: print(f"  {name}: n=0",end='')
    f(pr,'all'); f([p for p in pr if min(p)>=hi],'normal'); f([p for p in pr if max(p)<lo],'slow'); print()
