 204:	66 0f 1f 44 00 00    	nop    WORD PTR [rax+rax*1+0x0]
 20a:	66 0f 1f 44 00 00    	nop    WORD PTR [rax+rax*1+0x0]
 210:	44 8b d3             	mov    r10d,ebx
 213:	41 c1 e2 04          	shl    r10d,0x4
 217:	44 03 d7             	add    r10d,edi
 21a:	c4 01 7c 10 6c 91 30 	vmovups ymm13,YMMWORD PTR [r9+r10*4+0x30]
 221:	c4 01 7c 10 7c 91 10 	vmovups ymm15,YMMWORD PTR [r9+r10*4+0x10]
 228:	4c 63 db             	movsxd r11,ebx
 22b:	4e 8d 14 18          	lea    r10,[rax+r11*1]
 22f:	c4 a2 7d 18 44 92 10 	vbroadcastss ymm0,DWORD PTR [rdx+r10*4+0x10]
 236:	4f 8d 14 1e          	lea    r10,[r14+r11*1]
 23a:	c4 a2 7d 18 4c 92 10 	vbroadcastss ymm1,DWORD PTR [rdx+r10*4+0x10]
 241:	c4 c2 7d b8 d7       	vfmadd231ps ymm2,ymm0,ymm15
 246:	c4 42 7d b8 f5       	vfmadd231ps ymm14,ymm0,ymm13
 24b:	c4 42 75 b8 e7       	vfmadd231ps ymm12,ymm1,ymm15
 250:	c4 42 75 b8 dd       	vfmadd231ps ymm11,ymm1,ymm13
 255:	4f 8d 14 2b          	lea    r10,[r11+r13*1]
 259:	c4 a2 7d 18 44 92 10 	vbroadcastss ymm0,DWORD PTR [rdx+r10*4+0x10]
 260:	4f 8d 14 18          	lea    r10,[r8+r11*1]
 264:	c4 a2 7d 18 4c 92 10 	vbroadcastss ymm1,DWORD PTR [rdx+r10*4+0x10]
 26b:	c4 42 7d b8 d7       	vfmadd231ps ymm10,ymm0,ymm15
 270:	c4 42 7d b8 c5       	vfmadd231ps ymm8,ymm0,ymm13
 275:	c4 42 75 b8 cf       	vfmadd231ps ymm9,ymm1,ymm15
 27a:	c4 c2 75 b8 f5       	vfmadd231ps ymm6,ymm1,ymm13
 27f:	4e 8d 14 19          	lea    r10,[rcx+r11*1]
 283:	c4 a2 7d 18 44 92 10 	vbroadcastss ymm0,DWORD PTR [rdx+r10*4+0x10]
 28a:	4e 8d 14 1e          	lea    r10,[rsi+r11*1]
 28e:	c4 a2 7d 18 4c 92 10 	vbroadcastss ymm1,DWORD PTR [rdx+r10*4+0x10]
 295:	c4 c2 7d b8 ff       	vfmadd231ps ymm7,ymm0,ymm15
 29a:	c4 c2 75 b8 e7       	vfmadd231ps ymm4,ymm1,ymm15
 29f:	c4 c2 75 b8 dd       	vfmadd231ps ymm3,ymm1,ymm13
 2a4:	c4 c2 7d b8 ed       	vfmadd231ps ymm5,ymm0,ymm13
 2a9:	ff c3                	inc    ebx
 2ab:	3b dd                	cmp    ebx,ebp
 2ad:	0f 8c 5d ff ff ff    	jl     0x210
 2b3:	4d 8b 57 30          	mov    r10,QWORD PTR [r15+0x30]
 2b7:	41 85 02             	test   DWORD PTR [r10],eax
 2ba:	3b 9c 24 ac 01 00 00 	cmp    ebx,DWORD PTR [rsp+0x1ac]
 2c1:	0f 8c 10 ff ff ff    	jl     0x1d7
 2c7:	4c 8b 9c 24 a0 01 00 	mov    r11,QWORD PTR [rsp+0x1a0]
 2ce:	00 
 2cf:	45 8b 53 0c          	mov    r10d,DWORD PTR [r11+0xc]
 2d3:	41 83 c2 f9          	add    r10d,0xfffffff9
 2d7:	45 85 d2             	test   r10d,r10d
 2da:	0f 8c 44 08 00 00    	jl     0xb24
 2e0:	44 8b 84 24 a8 01 00 	mov    r8d,DWORD PTR [rsp+0x1a8]
