  e6:	41 8b fa             	mov    edi,r10d
  e9:	41 2b f9             	sub    edi,r9d
  ec:	45 3b d1             	cmp    r10d,r9d
  ef:	0f 4c fe             	cmovl  edi,esi
  f2:	81 ff 80 3e 00 00    	cmp    edi,0x3e80
  f8:	0f 47 fd             	cmova  edi,ebp
  fb:	41 03 f9             	add    edi,r9d
  fe:	66 90                	xchg   ax,ax
 100:	41 8b d9             	mov    ebx,r9d
 103:	c4 41 7e 6f 74 98 30 	vmovdqu ymm14,YMMWORD PTR [r8+rbx*4+0x30]
 10a:	c4 41 7e 6f 7c 98 10 	vmovdqu ymm15,YMMWORD PTR [r8+rbx*4+0x10]
 111:	41 3b cb             	cmp    ecx,r11d
 114:	0f 83 0c 02 00 00    	jae    0x326
 11a:	c4 e2 7d 18 44 8a 10 	vbroadcastss ymm0,DWORD PTR [rdx+rcx*4+0x10]
 121:	c4 42 7d b8 e6       	vfmadd231ps ymm12,ymm0,ymm14
 126:	c4 42 7d b8 ef       	vfmadd231ps ymm13,ymm0,ymm15
 12b:	8b c1                	mov    eax,ecx
 12d:	83 c0 05             	add    eax,0x5
 130:	41 3b c3             	cmp    eax,r11d
 133:	0f 83 93 02 00 00    	jae    0x3cc
 139:	48 63 c1             	movsxd rax,ecx
 13c:	c4 e2 7d 18 44 82 20 	vbroadcastss ymm0,DWORD PTR [rdx+rax*4+0x20]
 143:	c4 e2 7d 18 4c 82 14 	vbroadcastss ymm1,DWORD PTR [rdx+rax*4+0x14]
 14a:	c4 c2 7d b8 df       	vfmadd231ps ymm3,ymm0,ymm15
 14f:	c4 42 75 b8 df       	vfmadd231ps ymm11,ymm1,ymm15
 154:	c4 42 75 b8 ce       	vfmadd231ps ymm9,ymm1,ymm14
 159:	c4 c2 7d b8 d6       	vfmadd231ps ymm2,ymm0,ymm14
 15e:	c4 e2 7d 18 44 82 24 	vbroadcastss ymm0,DWORD PTR [rdx+rax*4+0x24]
 165:	c4 e2 7d 18 4c 82 18 	vbroadcastss ymm1,DWORD PTR [rdx+rax*4+0x18]
 16c:	c4 42 7d b8 d7       	vfmadd231ps ymm10,ymm0,ymm15
 171:	c4 42 75 b8 c7       	vfmadd231ps ymm8,ymm1,ymm15
 176:	c4 c2 75 b8 f6       	vfmadd231ps ymm6,ymm1,ymm14
 17b:	c4 c2 7d b8 fe       	vfmadd231ps ymm7,ymm0,ymm14
 180:	c4 e2 7d 18 44 82 1c 	vbroadcastss ymm0,DWORD PTR [rdx+rax*4+0x1c]
 187:	c4 c2 7d b8 e6       	vfmadd231ps ymm4,ymm0,ymm14
 18c:	c4 c2 7d b8 ef       	vfmadd231ps ymm5,ymm0,ymm15
 191:	83 c1 06             	add    ecx,0x6
 194:	41 83 c1 10          	add    r9d,0x10
 198:	44 3b cf             	cmp    r9d,edi
 19b:	0f 8c 5f ff ff ff    	jl     0x100
 1a1:	49 8b bf 48 03 00 00 	mov    rdi,QWORD PTR [r15+0x348]
 1a8:	83 c3 10             	add    ebx,0x10
 1ab:	85 07                	test   DWORD PTR [rdi],eax
 1ad:	45 3b ca             	cmp    r9d,r10d
 1b0:	0f 8c 30 ff ff ff    	jl     0xe6
 1b6:	45 8b 55 0c          	mov    r10d,DWORD PTR [r13+0xc]
 1ba:	41 83 c2 f9          	add    r10d,0xfffffff9
 1be:	45 85 d2             	test   r10d,r10d
 1c1:	0f 8c 59 07 00 00    	jl     0x920
 1c7:	44 8b 84 24 10 02 00 	mov    r8d,DWORD PTR [rsp+0x210]
 1ce:	00 
 1cf:	45 3b c2             	cmp    r8d,r10d
 1d2:	0f 83 74 03 00 00    	jae    0x54c
 1d8:	41 8b e8             	mov    ebp,r8d
 1db:	83 c5 08             	add    ebp,0x8
