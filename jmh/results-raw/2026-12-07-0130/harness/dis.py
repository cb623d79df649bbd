import re,sys
src, startline, outp = sys.argv[1], int(sys.argv[2]), sys.argv[3]
L=open(src).read().split('\n')[startline:]
out=bytearray()
for l in L[3:]:
    if '=====' in l: break
    if l.startswith('[Stub Code]') or l.startswith('[Exception Handler]'): break
    m=re.match(r'\s*0x([0-9a-f]+): ([0-9a-f| ]+)$', l)
    if m and re.fullmatch(r'[0-9a-f| ]+', m.group(2).strip()):
        out+=bytes.fromhex(m.group(2).replace('|','').replace(' ',''))
open(outp,'wb').write(out); print(len(out))
