import sys,statistics
hi=float(sys.argv[1]) if len(sys.argv)>1 else 80; lo=float(sys.argv[2]) if len(sys.argv)>2 else 70
for line in sys.stdin:
    ps=[[float(v) for v in p.split('/')] for p in line.split() if '/' in p][2:]
    out=[]
    for name,sel in [('all',ps),('normal',[p for p in ps if min(p)>=hi]),('slow',[p for p in ps if max(p)<lo])]:
        if not sel: out.append(f"{name}: n=0"); continue
        med=[statistics.median([p[i] for p in sel]) for i in range(len(sel[0]))]
        rs=[statistics.median([p[i]/p[0] for p in sel]) for i in range(1,len(sel[0]))]
        out.append(f"{name}: n={len(sel)} med "+"/".join(f"{x:.1f}" for x in med)+" ratios "+"/".join(f"{x:.3f}" for x in rs))
    print("  "+"  |  ".join(out))
