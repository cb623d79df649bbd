import time, numpy as np, sys
n=int(sys.argv[1]); secs=int(sys.argv[2])
a=np.random.rand(n,n).astype(np.float32); b=np.random.rand(n,n).astype(np.float32)
for _ in range(5): a@b
out=[]
for s in range(secs):
    t0=time.perf_counter(); r=0
    while time.perf_counter()-t0<0.5: a@b; r+=1
    out.append(2*n**3*r/(time.perf_counter()-t0)/1e9)
print(' '.join('%.0f'%x for x in out))
