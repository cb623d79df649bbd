import sys, re, collections
rows=[]
for line in open(sys.argv[1]):
    p=line.split(None,4)
    if len(p)<4: continue
    try: t=float(p[2].rstrip(":"))
    except ValueError: continue
    sym=p[4].strip() if len(p)>4 else '?'
    sym=re.sub(r'\(.*','',sym).split()[-1] if sym else '?'
    rows.append((t,p[0][:6],sym.split('.')[-1][:30]))
t0=rows[0][0]
def agg(secs):
    c=collections.Counter()
    for t,cm,s in rows:
        if int(t-t0) in secs: c[(cm,s)]+=1
    return c
fast=agg(set(int(x) for x in sys.argv[2].split(','))); slow=agg(set(int(x) for x in sys.argv[3].split(',')))
fs, ss = float(sys.argv[4]), float(sys.argv[5])  # steps in those windows
keys=set(k for k,v in (fast+slow).most_common(30))
print('%-40s %8s %8s %6s'%('fn','fast/st','slow/st','ratio'))
for k in sorted(keys, key=lambda k:-slow[k]):
    f=fast[k]/fs; s=slow[k]/ss
    print('%-40s %8.3f %8.3f %6.2f'%(k, f, s, s/f if f else 0))
print('total', sum(fast.values())/fs, sum(slow.values())/ss)
