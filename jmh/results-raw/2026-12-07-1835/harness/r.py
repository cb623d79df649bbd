import sys,statistics
# lines "x/x x/x a/b a/b ..." ; prints median of b/a ratios and n
for line in sys.stdin:
    toks=[t for t in line.split() if '/' in t and not t.startswith('x')]
    rs=[]
    for t in toks:
        a,b=t.split('/')
        try: rs.append(float(b)/float(a))
        except: pass
    if rs:
        q=sorted(rs); print("median %.3f  n=%d  [%.3f-%.3f]  off %.1f on %.1f"%(statistics.median(rs),len(rs),q[0],q[-1],statistics.median([float(t.split('/')[0]) for t in toks]),statistics.median([float(t.split('/')[1]) for t in toks])))
