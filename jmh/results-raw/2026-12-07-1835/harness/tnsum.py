import sys,re,statistics,collections
d=collections.defaultdict(list); ob=collections.defaultdict(list)
for line in open(sys.argv[1]):
    m=re.match(r"r(\d) (jdk\d+) (old|new) GemmBenchmark.sgemm\s+simd\s+(\S+)\s+(\d)\s+(\S+)\s+avgt\s+\d+\s+([\d.]+) ±\s+([\d.]+)",line)
    if m:
        r,j,jar,s,t,tt,v,e=m.groups(); a,b,c=map(int,s.split('x'))
        d[(j,s,int(t),jar)].append((int(r),2*a*b*c/float(v),float(e)/float(v)))
    m=re.match(r"r(\d) ob (\S+):TN t(\d) .*: (\d+) GFLOP",line)
    if m: ob[(m.group(2),int(m.group(3)))].append(float(m.group(4)))
for j in ("jdk25","jdk17"):
  for s in ("256x784x64","256x784x256"):
    row=[]
    for t in (1,2):
      o=d[(j,s,t,"old")]; n=d[(j,s,t,"new")]
      rr=[b[1]/a[1] for a,b in zip(o,n)]
      row.append("t%d old %s new %s new/old %s"%(t," ".join("%.0f"%x[1] for x in o)," ".join("%.0f"%x[1] for x in n)," ".join("%.2f"%x for x in rr)))
    o2=[x[1] for x in d[(j,s,2,"new")]]; o1=[x[1] for x in d[(j,s,1,"new")]]
    p2=[x[1] for x in d[(j,s,2,"old")]]; p1=[x[1] for x in d[(j,s,1,"old")]]
    print(j,s,"|".join(row),"| 2t/1t new %s old %s"%(" ".join("%.2f"%(a/b) for a,b in zip(o2,o1))," ".join("%.2f"%(a/b) for a,b in zip(p2,p1))))
for k,v in sorted(ob.items()): print("openblas",k,v)
