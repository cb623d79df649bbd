 1e1:	4d 63 d2             	movsxd r10,r10d
 1e4:	c4 22 7d 18 9c 92 10 	vbroadcastss ymm11,DWORD PTR [rdx+r10*4+0x8110]
 1eb:	81 00 00 
 1ee:	c4 22 7d 18 a4 92 50 	vbroadcastss ymm12,DWORD PTR [rdx+r10*4+0x2050]
 1f5:	20 00 00 
 1f8:	8b ee                	mov    ebp,esi
 1fa:	c1 e5 04             	shl    ebp,0x4
 1fd:	41 03 e9             	add    ebp,r9d
 200:	c4 22 7d 18 ac 92 90 	vbroadcastss ymm13,DWORD PTR [rdx+r10*4+0x4090]
 207:	40 00 00 
 20a:	c4 41 7c 10 74 a8 10 	vmovups ymm14,YMMWORD PTR [r8+rbp*4+0x10]
 211:	c4 41 7c 10 7c a8 30 	vmovups ymm15,YMMWORD PTR [r8+rbp*4+0x30]
 218:	c4 42 2d b8 ce       	vfmadd231ps ymm9,ymm10,ymm14
 21d:	c4 42 2d b8 c7       	vfmadd231ps ymm8,ymm10,ymm15
 222:	c4 c2 1d b8 ef       	vfmadd231ps ymm5,ymm12,ymm15
 227:	c4 c2 1d b8 fe       	vfmadd231ps ymm7,ymm12,ymm14
 22c:	c4 c2 15 b8 df       	vfmadd231ps ymm3,ymm13,ymm15
 231:	c4 c2 15 b8 e6       	vfmadd231ps ymm4,ymm13,ymm14
 236:	c5 7e 6f 54 24 08    	vmovdqu ymm10,YMMWORD PTR [rsp+0x8]
 23c:	c4 42 25 b8 d7       	vfmadd231ps ymm10,ymm11,ymm15
 241:	c5 7e 7f 54 24 08    	vmovdqu YMMWORD PTR [rsp+0x8],ymm10
 247:	c4 c2 25 b8 c6       	vfmadd231ps ymm0,ymm11,ymm14
 24c:	c4 22 7d 18 94 92 d0 	vbroadcastss ymm10,DWORD PTR [rdx+r10*4+0x60d0]
 253:	60 00 00 
 256:	c4 22 7d 18 9c 92 50 	vbroadcastss ymm11,DWORD PTR [rdx+r10*4+0xa150]
 25d:	a1 00 00 
 260:	c4 c2 2d b8 d6       	vfmadd231ps ymm2,ymm10,ymm14
 265:	c4 c2 25 b8 f6       	vfmadd231ps ymm6,ymm11,ymm14
 26a:	c5 7e 6f 64 24 28    	vmovdqu ymm12,YMMWORD PTR [rsp+0x28]
 270:	c4 42 25 b8 e7       	vfmadd231ps ymm12,ymm11,ymm15
 275:	c5 7e 7f 64 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm12
 27b:	c4 c2 2d b8 cf       	vfmadd231ps ymm1,ymm10,ymm15
 280:	ff c6                	inc    esi
 282:	3b f7                	cmp    esi,edi
 284:	0f 8c 46 ff ff ff    	jl     0x1d0
 28a:	49 8b 6f 30          	mov    rbp,QWORD PTR [r15+0x30]
 28e:	85 45 00             	test   DWORD PTR [rbp+0x0],eax
 291:	41 3b f5             	cmp    esi,r13d
 294:	0f 8c 05 ff ff ff    	jl     0x19f
 29a:	c5 7e 6f 54 24 08    	vmovdqu ymm10,YMMWORD PTR [rsp+0x8]
 2a0:	45 8b 56 0c          	mov    r10d,DWORD PTR [r14+0xc]
