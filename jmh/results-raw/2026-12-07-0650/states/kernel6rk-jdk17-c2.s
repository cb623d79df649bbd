
rk17.bin:     file format binary


Disassembly of section .data:

0000000000000000 <.data>:
   0:	89 84 24 00 c0 fe ff 	mov    DWORD PTR [rsp-0x14000],eax
   7:	55                   	push   rbp
   8:	48 81 ec 10 02 00 00 	sub    rsp,0x210
   f:	44 8b d6             	mov    r10d,esi
  12:	c5 ed ef d2          	vpxor  ymm2,ymm2,ymm2
  16:	8b 9c 24 38 02 00 00 	mov    ebx,DWORD PTR [rsp+0x238]
  1d:	85 db                	test   ebx,ebx
  1f:	0f 85 7b 08 00 00    	jne    0x8a0
  25:	41 c1 e2 04          	shl    r10d,0x4
  29:	45 8b ea             	mov    r13d,r10d
  2c:	44 03 ef             	add    r13d,edi
  2f:	41 3b fd             	cmp    edi,r13d
  32:	0f 8d 94 07 00 00    	jge    0x7cc
  38:	41 8b c0             	mov    eax,r8d
  3b:	c1 e0 02             	shl    eax,0x2
  3e:	45 8b f0             	mov    r14d,r8d
  41:	44 03 f0             	add    r14d,eax
  44:	41 8b d8             	mov    ebx,r8d
  47:	d1 e3                	shl    ebx,1
  49:	45 8b d8             	mov    r11d,r8d
  4c:	44 03 db             	add    r11d,ebx
  4f:	45 8b 51 0c          	mov    r10d,DWORD PTR [r9+0xc]
  53:	41 8b f2             	mov    esi,r10d
  56:	83 c6 f9             	add    esi,0xfffffff9
  59:	85 f6                	test   esi,esi
  5b:	0f 8c a4 07 00 00    	jl     0x805
  61:	3b fe                	cmp    edi,esi
  63:	0f 83 9c 07 00 00    	jae    0x805
  69:	44 89 84 24 2c 02 00 	mov    DWORD PTR [rsp+0x22c],r8d
  70:	00 
  71:	49 63 f2             	movsxd rsi,r10d
  74:	48 63 ef             	movsxd rbp,edi
  77:	48 83 c6 f9          	add    rsi,0xfffffffffffffff9
  7b:	4d 63 d5             	movsxd r10,r13d
  7e:	4c 2b d5             	sub    r10,rbp
  81:	49 83 c2 0f          	add    r10,0xf
  85:	49 83 e2 f0          	and    r10,0xfffffffffffffff0
  89:	45 8b c2             	mov    r8d,r10d
  8c:	44 03 c7             	add    r8d,edi
  8f:	4d 63 d0             	movsxd r10,r8d
  92:	4d 8b c2             	mov    r8,r10
  95:	49 83 c0 f0          	add    r8,0xfffffffffffffff0
  99:	4c 3b c6             	cmp    r8,rsi
  9c:	0f 83 5b 07 00 00    	jae    0x7fd
  a2:	48 83 c5 08          	add    rbp,0x8
  a6:	48 3b ee             	cmp    rbp,rsi
  a9:	0f 83 9d 07 00 00    	jae    0x84c
  af:	49 83 c2 f8          	add    r10,0xfffffffffffffff8
  b3:	4c 3b d6             	cmp    r10,rsi
  b6:	0f 83 9a 07 00 00    	jae    0x856
  bc:	8b 72 0c             	mov    esi,DWORD PTR [rdx+0xc]
  bf:	41 81 fd f0 ff ff 7f 	cmp    r13d,0x7ffffff0
  c6:	0f 8f 94 07 00 00    	jg     0x860
  cc:	c5 7e 6f ea          	vmovdqu ymm13,ymm2
  d0:	c5 7e 6f e2          	vmovdqu ymm12,ymm2
  d4:	c5 7e 6f da          	vmovdqu ymm11,ymm2
  d8:	c5 7e 6f d2          	vmovdqu ymm10,ymm2
  dc:	c5 7e 6f ca          	vmovdqu ymm9,ymm2
  e0:	c5 7e 6f c2          	vmovdqu ymm8,ymm2
  e4:	c5 fe 6f fa          	vmovdqu ymm7,ymm2
  e8:	c5 fe 6f f2          	vmovdqu ymm6,ymm2
  ec:	c5 fe 6f ea          	vmovdqu ymm5,ymm2
  f0:	c5 fe 6f e2          	vmovdqu ymm4,ymm2
  f4:	c5 fe 6f da          	vmovdqu ymm3,ymm2
  f8:	45 8b c5             	mov    r8d,r13d
  fb:	44 2b c7             	sub    r8d,edi
  fe:	45 33 d2             	xor    r10d,r10d
 101:	44 3b ef             	cmp    r13d,edi
 104:	45 0f 4c c2          	cmovl  r8d,r10d
 108:	41 81 f8 80 3e 00 00 	cmp    r8d,0x3e80
 10f:	41 ba 80 3e 00 00    	mov    r10d,0x3e80
 115:	45 0f 47 c2          	cmova  r8d,r10d
 119:	44 03 c7             	add    r8d,edi
 11c:	0f 1f 40 00          	nop    DWORD PTR [rax+0x0]
 120:	44 8b d7             	mov    r10d,edi
 123:	c4 81 7e 6f 4c 91 30 	vmovdqu ymm1,YMMWORD PTR [r9+r10*4+0x30]
 12a:	c4 01 7e 6f 74 91 10 	vmovdqu ymm14,YMMWORD PTR [r9+r10*4+0x10]
 131:	3b ce                	cmp    ecx,esi
 133:	0f 83 46 02 00 00    	jae    0x37f
 139:	c4 e2 7d 18 44 8a 10 	vbroadcastss ymm0,DWORD PTR [rdx+rcx*4+0x10]
 140:	c4 62 7d b8 e1       	vfmadd231ps ymm12,ymm0,ymm1
 145:	c4 42 7d b8 ee       	vfmadd231ps ymm13,ymm0,ymm14
 14a:	8b e9                	mov    ebp,ecx
 14c:	03 ac 24 2c 02 00 00 	add    ebp,DWORD PTR [rsp+0x22c]
 153:	3b ee                	cmp    ebp,esi
 155:	0f 83 d9 02 00 00    	jae    0x434
 15b:	c4 e2 7d 18 44 aa 10 	vbroadcastss ymm0,DWORD PTR [rdx+rbp*4+0x10]
 162:	c4 62 7d b8 c9       	vfmadd231ps ymm9,ymm0,ymm1
 167:	c4 42 7d b8 de       	vfmadd231ps ymm11,ymm0,ymm14
 16c:	8b e9                	mov    ebp,ecx
 16e:	03 eb                	add    ebp,ebx
 170:	3b ee                	cmp    ebp,esi
 172:	0f 83 74 03 00 00    	jae    0x4ec
 178:	c4 e2 7d 18 44 aa 10 	vbroadcastss ymm0,DWORD PTR [rdx+rbp*4+0x10]
 17f:	c4 e2 7d b8 f1       	vfmadd231ps ymm6,ymm0,ymm1
 184:	c4 42 7d b8 c6       	vfmadd231ps ymm8,ymm0,ymm14
 189:	8b e9                	mov    ebp,ecx
 18b:	41 03 eb             	add    ebp,r11d
 18e:	3b ee                	cmp    ebp,esi
 190:	0f 83 0e 04 00 00    	jae    0x5a4
 196:	c4 e2 7d 18 44 aa 10 	vbroadcastss ymm0,DWORD PTR [rdx+rbp*4+0x10]
 19d:	c4 e2 7d b8 e1       	vfmadd231ps ymm4,ymm0,ymm1
 1a2:	c4 c2 7d b8 ee       	vfmadd231ps ymm5,ymm0,ymm14
 1a7:	8b e9                	mov    ebp,ecx
 1a9:	03 e8                	add    ebp,eax
 1ab:	3b ee                	cmp    ebp,esi
 1ad:	0f 83 a9 04 00 00    	jae    0x65c
 1b3:	c4 e2 7d 18 44 aa 10 	vbroadcastss ymm0,DWORD PTR [rdx+rbp*4+0x10]
 1ba:	c4 e2 7d b8 d1       	vfmadd231ps ymm2,ymm0,ymm1
 1bf:	c4 c2 7d b8 de       	vfmadd231ps ymm3,ymm0,ymm14
 1c4:	8b e9                	mov    ebp,ecx
 1c6:	41 03 ee             	add    ebp,r14d
 1c9:	3b ee                	cmp    ebp,esi
 1cb:	0f 83 43 05 00 00    	jae    0x714
 1d1:	c4 e2 7d 18 44 aa 10 	vbroadcastss ymm0,DWORD PTR [rdx+rbp*4+0x10]
 1d8:	c4 e2 7d b8 f9       	vfmadd231ps ymm7,ymm0,ymm1
 1dd:	c4 42 7d b8 d6       	vfmadd231ps ymm10,ymm0,ymm14
 1e2:	ff c1                	inc    ecx
 1e4:	83 c7 10             	add    edi,0x10
 1e7:	41 3b f8             	cmp    edi,r8d
 1ea:	0f 8c 30 ff ff ff    	jl     0x120
 1f0:	4d 8b 87 48 03 00 00 	mov    r8,QWORD PTR [r15+0x348]
 1f7:	41 83 c2 10          	add    r10d,0x10
 1fb:	41 85 00             	test   DWORD PTR [r8],eax
 1fe:	41 3b fd             	cmp    edi,r13d
 201:	0f 8c f1 fe ff ff    	jl     0xf8
 207:	4c 8b 9c 24 20 02 00 	mov    r11,QWORD PTR [rsp+0x220]
 20e:	00 
 20f:	45 8b 53 0c          	mov    r10d,DWORD PTR [r11+0xc]
 213:	41 83 c2 f9          	add    r10d,0xfffffff9
 217:	45 85 d2             	test   r10d,r10d
 21a:	0f 8c 5c 0a 00 00    	jl     0xc7c
 220:	44 8b 84 24 28 02 00 	mov    r8d,DWORD PTR [rsp+0x228]
 227:	00 
 228:	45 3b c2             	cmp    r8d,r10d
 22b:	0f 83 ab 06 00 00    	jae    0x8dc
 231:	41 8b e8             	mov    ebp,r8d
 234:	83 c5 08             	add    ebp,0x8
 237:	4d 63 c8             	movsxd r9,r8d
 23a:	c4 01 7e 7f 6c 8b 10 	vmovdqu YMMWORD PTR [r11+r9*4+0x10],ymm13
 241:	41 3b ea             	cmp    ebp,r10d
 244:	0f 83 16 07 00 00    	jae    0x960
 24a:	c4 01 7e 7f 64 8b 30 	vmovdqu YMMWORD PTR [r11+r9*4+0x30],ymm12
 251:	8b ac 24 30 02 00 00 	mov    ebp,DWORD PTR [rsp+0x230]
 258:	41 03 e8             	add    ebp,r8d
 25b:	41 3b ea             	cmp    ebp,r10d
 25e:	0f 83 70 07 00 00    	jae    0x9d4
 264:	83 c5 08             	add    ebp,0x8
 267:	48 63 8c 24 30 02 00 	movsxd rcx,DWORD PTR [rsp+0x230]
 26e:	00 
 26f:	49 03 c9             	add    rcx,r9
 272:	c4 41 7e 7f 5c 8b 10 	vmovdqu YMMWORD PTR [r11+rcx*4+0x10],ymm11
 279:	41 3b ea             	cmp    ebp,r10d
 27c:	0f 83 be 07 00 00    	jae    0xa40
 282:	c4 41 7e 7f 4c 8b 30 	vmovdqu YMMWORD PTR [r11+rcx*4+0x30],ymm9
 289:	8b 8c 24 30 02 00 00 	mov    ecx,DWORD PTR [rsp+0x230]
 290:	d1 e1                	shl    ecx,1
 292:	41 8b e8             	mov    ebp,r8d
 295:	03 e9                	add    ebp,ecx
 297:	41 3b ea             	cmp    ebp,r10d
 29a:	0f 83 04 08 00 00    	jae    0xaa4
 2a0:	83 c5 08             	add    ebp,0x8
 2a3:	48 63 d9             	movsxd rbx,ecx
 2a6:	49 03 d9             	add    rbx,r9
 2a9:	c4 41 7e 7f 44 9b 10 	vmovdqu YMMWORD PTR [r11+rbx*4+0x10],ymm8
 2b0:	41 3b ea             	cmp    ebp,r10d
 2b3:	0f 83 43 08 00 00    	jae    0xafc
 2b9:	c4 c1 7e 7f 74 9b 30 	vmovdqu YMMWORD PTR [r11+rbx*4+0x30],ymm6
 2c0:	8b bc 24 30 02 00 00 	mov    edi,DWORD PTR [rsp+0x230]
 2c7:	03 f9                	add    edi,ecx
 2c9:	41 8b e8             	mov    ebp,r8d
 2cc:	03 ef                	add    ebp,edi
 2ce:	41 3b ea             	cmp    ebp,r10d
 2d1:	0f 83 75 08 00 00    	jae    0xb4c
 2d7:	83 c5 08             	add    ebp,0x8
 2da:	48 63 cf             	movsxd rcx,edi
 2dd:	49 03 c9             	add    rcx,r9
 2e0:	c4 c1 7e 7f 6c 8b 10 	vmovdqu YMMWORD PTR [r11+rcx*4+0x10],ymm5
 2e7:	41 3b ea             	cmp    ebp,r10d
 2ea:	0f 83 a4 08 00 00    	jae    0xb94
 2f0:	c4 c1 7e 7f 64 8b 30 	vmovdqu YMMWORD PTR [r11+rcx*4+0x30],ymm4
 2f7:	8b 8c 24 30 02 00 00 	mov    ecx,DWORD PTR [rsp+0x230]
 2fe:	c1 e1 02             	shl    ecx,0x2
 301:	41 8b e8             	mov    ebp,r8d
 304:	03 e9                	add    ebp,ecx
 306:	41 3b ea             	cmp    ebp,r10d
 309:	0f 83 c5 08 00 00    	jae    0xbd4
 30f:	83 c5 08             	add    ebp,0x8
 312:	48 63 d9             	movsxd rbx,ecx
 315:	49 03 d9             	add    rbx,r9
 318:	c4 c1 7e 7f 5c 9b 10 	vmovdqu YMMWORD PTR [r11+rbx*4+0x10],ymm3
 31f:	41 3b ea             	cmp    ebp,r10d
 322:	0f 83 e0 08 00 00    	jae    0xc08
 328:	c4 c1 7e 7f 54 9b 30 	vmovdqu YMMWORD PTR [r11+rbx*4+0x30],ymm2
 32f:	8b bc 24 30 02 00 00 	mov    edi,DWORD PTR [rsp+0x230]
 336:	03 f9                	add    edi,ecx
 338:	41 8b e8             	mov    ebp,r8d
 33b:	03 ef                	add    ebp,edi
 33d:	41 3b ea             	cmp    ebp,r10d
 340:	0f 83 f2 08 00 00    	jae    0xc38
 346:	83 c5 08             	add    ebp,0x8
 349:	4c 63 c7             	movsxd r8,edi
 34c:	4d 03 c1             	add    r8,r9
 34f:	c4 01 7e 7f 54 83 10 	vmovdqu YMMWORD PTR [r11+r8*4+0x10],ymm10
 356:	41 3b ea             	cmp    ebp,r10d
 359:	0f 83 01 09 00 00    	jae    0xc60
 35f:	c4 81 7e 7f 7c 83 30 	vmovdqu YMMWORD PTR [r11+r8*4+0x30],ymm7
 366:	c5 f8 77             	vzeroupper
 369:	48 81 c4 10 02 00 00 	add    rsp,0x210
 370:	5d                   	pop    rbp
 371:	49 3b a7 40 03 00 00 	cmp    rsp,QWORD PTR [r15+0x340]
 378:	0f 87 a6 09 00 00    	ja     0xd24
 37e:	c3                   	ret
 37f:	be e4 ff ff ff       	mov    esi,0xffffffe4
 384:	4c 89 0c 24          	mov    QWORD PTR [rsp],r9
 388:	89 9c 24 34 02 00 00 	mov    DWORD PTR [rsp+0x234],ebx
 38f:	44 89 9c 24 38 02 00 	mov    DWORD PTR [rsp+0x238],r11d
 396:	00 
 397:	89 44 24 08          	mov    DWORD PTR [rsp+0x8],eax
 39b:	44 89 74 24 0c       	mov    DWORD PTR [rsp+0xc],r14d
 3a0:	44 89 54 24 14       	mov    DWORD PTR [rsp+0x14],r10d
 3a5:	48 89 54 24 18       	mov    QWORD PTR [rsp+0x18],rdx
 3aa:	89 4c 24 20          	mov    DWORD PTR [rsp+0x20],ecx
 3ae:	c5 7e 7f 6c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm13
 3b4:	c5 7e 7f 64 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm12
 3ba:	c5 7e 7f 9c 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm11
 3c1:	00 00 
 3c3:	c5 7e 7f 8c 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm9
 3ca:	00 00 
 3cc:	c5 7e 7f 84 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm8
 3d3:	00 00 
 3d5:	c5 fe 7f b4 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm6
 3dc:	00 00 
 3de:	c5 fe 7f ac 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm5
 3e5:	00 00 
 3e7:	c5 fe 7f a4 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm4
 3ee:	00 00 
 3f0:	c5 fe 7f 9c 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm3
 3f7:	00 00 
 3f9:	c5 fe 7f 94 24 60 01 	vmovdqu YMMWORD PTR [rsp+0x160],ymm2
 400:	00 00 
 402:	c5 7e 7f 94 24 80 01 	vmovdqu YMMWORD PTR [rsp+0x180],ymm10
 409:	00 00 
 40b:	c5 fe 7f bc 24 a0 01 	vmovdqu YMMWORD PTR [rsp+0x1a0],ymm7
 412:	00 00 
 414:	c5 fe 7f 8c 24 c0 01 	vmovdqu YMMWORD PTR [rsp+0x1c0],ymm1
 41b:	00 00 
 41d:	c5 7e 7f b4 24 e0 01 	vmovdqu YMMWORD PTR [rsp+0x1e0],ymm14
 424:	00 00 
 426:	44 89 6c 24 24       	mov    DWORD PTR [rsp+0x24],r13d
 42b:	90                   	nop
 42c:	c5 f8 77             	vzeroupper
 42f:	e8 0c c2 a8 ff       	call   0xffffffffffa8c640
 434:	be e4 ff ff ff       	mov    esi,0xffffffe4
 439:	4c 89 4c 24 08       	mov    QWORD PTR [rsp+0x8],r9
 43e:	89 9c 24 34 02 00 00 	mov    DWORD PTR [rsp+0x234],ebx
 445:	44 89 9c 24 38 02 00 	mov    DWORD PTR [rsp+0x238],r11d
 44c:	00 
 44d:	89 44 24 10          	mov    DWORD PTR [rsp+0x10],eax
 451:	44 89 74 24 14       	mov    DWORD PTR [rsp+0x14],r14d
 456:	89 4c 24 18          	mov    DWORD PTR [rsp+0x18],ecx
 45a:	44 89 54 24 1c       	mov    DWORD PTR [rsp+0x1c],r10d
 45f:	48 89 54 24 20       	mov    QWORD PTR [rsp+0x20],rdx
 464:	c5 7e 7f 5c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm11
 46a:	c5 7e 7f 4c 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm9
 470:	c5 7e 7f 84 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm8
 477:	00 00 
 479:	c5 fe 7f b4 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm6
 480:	00 00 
 482:	c5 fe 7f ac 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm5
 489:	00 00 
 48b:	c5 fe 7f a4 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm4
 492:	00 00 
 494:	c5 fe 7f 9c 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm3
 49b:	00 00 
 49d:	c5 fe 7f 94 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm2
 4a4:	00 00 
 4a6:	c5 7e 7f 94 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm10
 4ad:	00 00 
 4af:	c5 fe 7f bc 24 60 01 	vmovdqu YMMWORD PTR [rsp+0x160],ymm7
 4b6:	00 00 
 4b8:	c5 7e 7f a4 24 80 01 	vmovdqu YMMWORD PTR [rsp+0x180],ymm12
 4bf:	00 00 
 4c1:	c5 7e 7f ac 24 a0 01 	vmovdqu YMMWORD PTR [rsp+0x1a0],ymm13
 4c8:	00 00 
 4ca:	c5 fe 7f 8c 24 c0 01 	vmovdqu YMMWORD PTR [rsp+0x1c0],ymm1
 4d1:	00 00 
 4d3:	c5 7e 7f b4 24 e0 01 	vmovdqu YMMWORD PTR [rsp+0x1e0],ymm14
 4da:	00 00 
 4dc:	44 89 6c 24 28       	mov    DWORD PTR [rsp+0x28],r13d
 4e1:	66 66 90             	data16 xchg ax,ax
 4e4:	c5 f8 77             	vzeroupper
 4e7:	e8 54 c1 a8 ff       	call   0xffffffffffa8c640
 4ec:	be e4 ff ff ff       	mov    esi,0xffffffe4
 4f1:	4c 89 4c 24 08       	mov    QWORD PTR [rsp+0x8],r9
 4f6:	89 9c 24 34 02 00 00 	mov    DWORD PTR [rsp+0x234],ebx
 4fd:	44 89 9c 24 38 02 00 	mov    DWORD PTR [rsp+0x238],r11d
 504:	00 
 505:	89 44 24 10          	mov    DWORD PTR [rsp+0x10],eax
 509:	44 89 74 24 14       	mov    DWORD PTR [rsp+0x14],r14d
 50e:	89 4c 24 18          	mov    DWORD PTR [rsp+0x18],ecx
 512:	44 89 54 24 1c       	mov    DWORD PTR [rsp+0x1c],r10d
 517:	48 89 54 24 20       	mov    QWORD PTR [rsp+0x20],rdx
 51c:	c5 7e 7f 44 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm8
 522:	c5 fe 7f 74 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm6
 528:	c5 fe 7f ac 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm5
 52f:	00 00 
 531:	c5 fe 7f a4 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm4
 538:	00 00 
 53a:	c5 fe 7f 9c 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm3
 541:	00 00 
 543:	c5 fe 7f 94 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm2
 54a:	00 00 
 54c:	c5 7e 7f 94 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm10
 553:	00 00 
 555:	c5 fe 7f bc 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm7
 55c:	00 00 
 55e:	c5 7e 7f 8c 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm9
 565:	00 00 
 567:	c5 7e 7f 9c 24 60 01 	vmovdqu YMMWORD PTR [rsp+0x160],ymm11
 56e:	00 00 
 570:	c5 7e 7f a4 24 80 01 	vmovdqu YMMWORD PTR [rsp+0x180],ymm12
 577:	00 00 
 579:	c5 7e 7f ac 24 a0 01 	vmovdqu YMMWORD PTR [rsp+0x1a0],ymm13
 580:	00 00 
 582:	c5 fe 7f 8c 24 c0 01 	vmovdqu YMMWORD PTR [rsp+0x1c0],ymm1
 589:	00 00 
 58b:	c5 7e 7f b4 24 e0 01 	vmovdqu YMMWORD PTR [rsp+0x1e0],ymm14
 592:	00 00 
 594:	44 89 6c 24 28       	mov    DWORD PTR [rsp+0x28],r13d
 599:	66 66 90             	data16 xchg ax,ax
 59c:	c5 f8 77             	vzeroupper
 59f:	e8 9c c0 a8 ff       	call   0xffffffffffa8c640
 5a4:	be e4 ff ff ff       	mov    esi,0xffffffe4
 5a9:	4c 89 4c 24 08       	mov    QWORD PTR [rsp+0x8],r9
 5ae:	89 9c 24 34 02 00 00 	mov    DWORD PTR [rsp+0x234],ebx
 5b5:	44 89 9c 24 38 02 00 	mov    DWORD PTR [rsp+0x238],r11d
 5bc:	00 
 5bd:	89 44 24 10          	mov    DWORD PTR [rsp+0x10],eax
 5c1:	44 89 74 24 14       	mov    DWORD PTR [rsp+0x14],r14d
 5c6:	89 4c 24 18          	mov    DWORD PTR [rsp+0x18],ecx
 5ca:	44 89 54 24 1c       	mov    DWORD PTR [rsp+0x1c],r10d
 5cf:	48 89 54 24 20       	mov    QWORD PTR [rsp+0x20],rdx
 5d4:	c5 fe 7f 6c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm5
 5da:	c5 fe 7f 64 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm4
 5e0:	c5 fe 7f 9c 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm3
 5e7:	00 00 
 5e9:	c5 fe 7f 94 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm2
 5f0:	00 00 
 5f2:	c5 7e 7f 94 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm10
 5f9:	00 00 
 5fb:	c5 fe 7f bc 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm7
 602:	00 00 
 604:	c5 fe 7f b4 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm6
 60b:	00 00 
 60d:	c5 7e 7f 84 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm8
 614:	00 00 
 616:	c5 7e 7f 8c 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm9
 61d:	00 00 
 61f:	c5 7e 7f 9c 24 60 01 	vmovdqu YMMWORD PTR [rsp+0x160],ymm11
 626:	00 00 
 628:	c5 7e 7f a4 24 80 01 	vmovdqu YMMWORD PTR [rsp+0x180],ymm12
 62f:	00 00 
 631:	c5 7e 7f ac 24 a0 01 	vmovdqu YMMWORD PTR [rsp+0x1a0],ymm13
 638:	00 00 
 63a:	c5 fe 7f 8c 24 c0 01 	vmovdqu YMMWORD PTR [rsp+0x1c0],ymm1
 641:	00 00 
 643:	c5 7e 7f b4 24 e0 01 	vmovdqu YMMWORD PTR [rsp+0x1e0],ymm14
 64a:	00 00 
 64c:	44 89 6c 24 28       	mov    DWORD PTR [rsp+0x28],r13d
 651:	66 66 90             	data16 xchg ax,ax
 654:	c5 f8 77             	vzeroupper
 657:	e8 e4 bf a8 ff       	call   0xffffffffffa8c640
 65c:	be e4 ff ff ff       	mov    esi,0xffffffe4
 661:	4c 89 4c 24 08       	mov    QWORD PTR [rsp+0x8],r9
 666:	89 9c 24 34 02 00 00 	mov    DWORD PTR [rsp+0x234],ebx
 66d:	44 89 9c 24 38 02 00 	mov    DWORD PTR [rsp+0x238],r11d
 674:	00 
 675:	89 44 24 10          	mov    DWORD PTR [rsp+0x10],eax
 679:	44 89 74 24 14       	mov    DWORD PTR [rsp+0x14],r14d
 67e:	89 4c 24 18          	mov    DWORD PTR [rsp+0x18],ecx
 682:	44 89 54 24 1c       	mov    DWORD PTR [rsp+0x1c],r10d
 687:	48 89 54 24 20       	mov    QWORD PTR [rsp+0x20],rdx
 68c:	c5 fe 7f 5c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm3
 692:	c5 fe 7f 54 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm2
 698:	c5 7e 7f 94 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm10
 69f:	00 00 
 6a1:	c5 fe 7f bc 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm7
 6a8:	00 00 
 6aa:	c5 fe 7f a4 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm4
 6b1:	00 00 
 6b3:	c5 fe 7f ac 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm5
 6ba:	00 00 
 6bc:	c5 fe 7f b4 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm6
 6c3:	00 00 
 6c5:	c5 7e 7f 84 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm8
 6cc:	00 00 
 6ce:	c5 7e 7f 8c 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm9
 6d5:	00 00 
 6d7:	c5 7e 7f 9c 24 60 01 	vmovdqu YMMWORD PTR [rsp+0x160],ymm11
 6de:	00 00 
 6e0:	c5 7e 7f a4 24 80 01 	vmovdqu YMMWORD PTR [rsp+0x180],ymm12
 6e7:	00 00 
 6e9:	c5 7e 7f ac 24 a0 01 	vmovdqu YMMWORD PTR [rsp+0x1a0],ymm13
 6f0:	00 00 
 6f2:	c5 fe 7f 8c 24 c0 01 	vmovdqu YMMWORD PTR [rsp+0x1c0],ymm1
 6f9:	00 00 
 6fb:	c5 7e 7f b4 24 e0 01 	vmovdqu YMMWORD PTR [rsp+0x1e0],ymm14
 702:	00 00 
 704:	44 89 6c 24 28       	mov    DWORD PTR [rsp+0x28],r13d
 709:	66 66 90             	data16 xchg ax,ax
 70c:	c5 f8 77             	vzeroupper
 70f:	e8 2c bf a8 ff       	call   0xffffffffffa8c640
 714:	be e4 ff ff ff       	mov    esi,0xffffffe4
 719:	4c 89 4c 24 08       	mov    QWORD PTR [rsp+0x8],r9
 71e:	89 9c 24 34 02 00 00 	mov    DWORD PTR [rsp+0x234],ebx
 725:	44 89 9c 24 38 02 00 	mov    DWORD PTR [rsp+0x238],r11d
 72c:	00 
 72d:	89 44 24 10          	mov    DWORD PTR [rsp+0x10],eax
 731:	44 89 74 24 14       	mov    DWORD PTR [rsp+0x14],r14d
 736:	89 4c 24 18          	mov    DWORD PTR [rsp+0x18],ecx
 73a:	44 89 54 24 1c       	mov    DWORD PTR [rsp+0x1c],r10d
 73f:	48 89 54 24 20       	mov    QWORD PTR [rsp+0x20],rdx
 744:	c5 7e 7f 54 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm10
 74a:	c5 fe 7f 7c 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm7
 750:	c5 fe 7f 94 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm2
 757:	00 00 
 759:	c5 fe 7f 9c 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm3
 760:	00 00 
 762:	c5 fe 7f a4 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm4
 769:	00 00 
 76b:	c5 fe 7f ac 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm5
 772:	00 00 
 774:	c5 fe 7f b4 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm6
 77b:	00 00 
 77d:	c5 7e 7f 84 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm8
 784:	00 00 
 786:	c5 7e 7f 8c 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm9
 78d:	00 00 
 78f:	c5 7e 7f 9c 24 60 01 	vmovdqu YMMWORD PTR [rsp+0x160],ymm11
 796:	00 00 
 798:	c5 7e 7f a4 24 80 01 	vmovdqu YMMWORD PTR [rsp+0x180],ymm12
 79f:	00 00 
 7a1:	c5 7e 7f ac 24 a0 01 	vmovdqu YMMWORD PTR [rsp+0x1a0],ymm13
 7a8:	00 00 
 7aa:	c5 fe 7f 8c 24 c0 01 	vmovdqu YMMWORD PTR [rsp+0x1c0],ymm1
 7b1:	00 00 
 7b3:	c5 7e 7f b4 24 e0 01 	vmovdqu YMMWORD PTR [rsp+0x1e0],ymm14
 7ba:	00 00 
 7bc:	44 89 6c 24 28       	mov    DWORD PTR [rsp+0x28],r13d
 7c1:	66 66 90             	data16 xchg ax,ax
 7c4:	c5 f8 77             	vzeroupper
 7c7:	e8 74 be a8 ff       	call   0xffffffffffa8c640
 7cc:	c5 fe 6f fa          	vmovdqu ymm7,ymm2
 7d0:	c5 7e 6f d2          	vmovdqu ymm10,ymm2
 7d4:	c5 fe 6f da          	vmovdqu ymm3,ymm2
 7d8:	c5 fe 6f e2          	vmovdqu ymm4,ymm2
 7dc:	c5 fe 6f ea          	vmovdqu ymm5,ymm2
 7e0:	c5 fe 6f f2          	vmovdqu ymm6,ymm2
 7e4:	c5 7e 6f c2          	vmovdqu ymm8,ymm2
 7e8:	c5 7e 6f ca          	vmovdqu ymm9,ymm2
 7ec:	c5 7e 6f da          	vmovdqu ymm11,ymm2
 7f0:	c5 7e 6f e2          	vmovdqu ymm12,ymm2
 7f4:	c5 7e 6f ea          	vmovdqu ymm13,ymm2
 7f8:	e9 0a fa ff ff       	jmp    0x207
 7fd:	44 8b 84 24 2c 02 00 	mov    r8d,DWORD PTR [rsp+0x22c]
 804:	00 
 805:	be 76 ff ff ff       	mov    esi,0xffffff76
 80a:	48 8b ea             	mov    rbp,rdx
 80d:	4c 89 0c 24          	mov    QWORD PTR [rsp],r9
 811:	44 89 84 24 2c 02 00 	mov    DWORD PTR [rsp+0x22c],r8d
 818:	00 
 819:	89 9c 24 34 02 00 00 	mov    DWORD PTR [rsp+0x234],ebx
 820:	44 89 9c 24 38 02 00 	mov    DWORD PTR [rsp+0x238],r11d
 827:	00 
 828:	89 44 24 08          	mov    DWORD PTR [rsp+0x8],eax
 82c:	44 89 74 24 0c       	mov    DWORD PTR [rsp+0xc],r14d
 831:	89 4c 24 10          	mov    DWORD PTR [rsp+0x10],ecx
 835:	89 7c 24 18          	mov    DWORD PTR [rsp+0x18],edi
 839:	c5 fe 7f 54 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm2
 83f:	44 89 6c 24 40       	mov    DWORD PTR [rsp+0x40],r13d
 844:	c5 f8 77             	vzeroupper
 847:	e8 f4 bd a8 ff       	call   0xffffffffffa8c640
 84c:	44 8b 84 24 2c 02 00 	mov    r8d,DWORD PTR [rsp+0x22c]
 853:	00 
 854:	eb af                	jmp    0x805
 856:	44 8b 84 24 2c 02 00 	mov    r8d,DWORD PTR [rsp+0x22c]
 85d:	00 
 85e:	eb a5                	jmp    0x805
 860:	be 6e ff ff ff       	mov    esi,0xffffff6e
 865:	48 8b ea             	mov    rbp,rdx
 868:	4c 89 0c 24          	mov    QWORD PTR [rsp],r9
 86c:	89 9c 24 34 02 00 00 	mov    DWORD PTR [rsp+0x234],ebx
 873:	44 89 9c 24 38 02 00 	mov    DWORD PTR [rsp+0x238],r11d
 87a:	00 
 87b:	89 44 24 08          	mov    DWORD PTR [rsp+0x8],eax
 87f:	44 89 74 24 0c       	mov    DWORD PTR [rsp+0xc],r14d
 884:	89 4c 24 10          	mov    DWORD PTR [rsp+0x10],ecx
 888:	89 7c 24 18          	mov    DWORD PTR [rsp+0x18],edi
 88c:	c5 fe 7f 54 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm2
 892:	44 89 6c 24 40       	mov    DWORD PTR [rsp+0x40],r13d
 897:	90                   	nop
 898:	c5 f8 77             	vzeroupper
 89b:	e8 a0 bd a8 ff       	call   0xffffffffffa8c640
 8a0:	be 45 ff ff ff       	mov    esi,0xffffff45
 8a5:	48 8b ea             	mov    rbp,rdx
 8a8:	89 8c 24 2c 02 00 00 	mov    DWORD PTR [rsp+0x22c],ecx
 8af:	44 89 84 24 34 02 00 	mov    DWORD PTR [rsp+0x234],r8d
 8b6:	00 
 8b7:	4c 89 0c 24          	mov    QWORD PTR [rsp],r9
 8bb:	89 bc 24 38 02 00 00 	mov    DWORD PTR [rsp+0x238],edi
 8c2:	c5 fe 7f 54 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm2
 8c8:	44 89 54 24 08       	mov    DWORD PTR [rsp+0x8],r10d
 8cd:	89 5c 24 10          	mov    DWORD PTR [rsp+0x10],ebx
 8d1:	66 66 90             	data16 xchg ax,ax
 8d4:	c5 f8 77             	vzeroupper
 8d7:	e8 64 bd a8 ff       	call   0xffffffffffa8c640
 8dc:	be e4 ff ff ff       	mov    esi,0xffffffe4
 8e1:	c5 7e 7f 2c 24       	vmovdqu YMMWORD PTR [rsp],ymm13
 8e6:	c5 7e 7f 64 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm12
 8ec:	c5 7e 7f 5c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm11
 8f2:	c5 7e 7f 4c 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm9
 8f8:	c5 7e 7f 84 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm8
 8ff:	00 00 
 901:	c5 fe 7f b4 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm6
 908:	00 00 
 90a:	c5 fe 7f ac 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm5
 911:	00 00 
 913:	c5 fe 7f a4 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm4
 91a:	00 00 
 91c:	c5 fe 7f 9c 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm3
 923:	00 00 
 925:	c5 fe 7f 94 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm2
 92c:	00 00 
 92e:	c5 7e 7f 94 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm10
 935:	00 00 
 937:	c5 fe 7f bc 24 60 01 	vmovdqu YMMWORD PTR [rsp+0x160],ymm7
 93e:	00 00 
 940:	4c 89 9c 24 28 02 00 	mov    QWORD PTR [rsp+0x228],r11
 947:	00 
 948:	44 89 84 24 24 02 00 	mov    DWORD PTR [rsp+0x224],r8d
 94f:	00 
 950:	44 89 94 24 34 02 00 	mov    DWORD PTR [rsp+0x234],r10d
 957:	00 
 958:	c5 f8 77             	vzeroupper
 95b:	e8 e0 bc a8 ff       	call   0xffffffffffa8c640
 960:	be e4 ff ff ff       	mov    esi,0xffffffe4
 965:	c5 7e 7f 24 24       	vmovdqu YMMWORD PTR [rsp],ymm12
 96a:	c5 7e 7f 5c 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm11
 970:	c5 7e 7f 4c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm9
 976:	c5 7e 7f 44 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm8
 97c:	c5 fe 7f b4 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm6
 983:	00 00 
 985:	c5 fe 7f ac 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm5
 98c:	00 00 
 98e:	c5 fe 7f a4 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm4
 995:	00 00 
 997:	c5 fe 7f 9c 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm3
 99e:	00 00 
 9a0:	c5 fe 7f 94 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm2
 9a7:	00 00 
 9a9:	c5 7e 7f 94 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm10
 9b0:	00 00 
 9b2:	c5 fe 7f bc 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm7
 9b9:	00 00 
 9bb:	44 89 84 24 28 02 00 	mov    DWORD PTR [rsp+0x228],r8d
 9c2:	00 
 9c3:	44 89 94 24 2c 02 00 	mov    DWORD PTR [rsp+0x22c],r10d
 9ca:	00 
 9cb:	90                   	nop
 9cc:	c5 f8 77             	vzeroupper
 9cf:	e8 6c bc a8 ff       	call   0xffffffffffa8c640
 9d4:	be e4 ff ff ff       	mov    esi,0xffffffe4
 9d9:	c5 7e 7f 1c 24       	vmovdqu YMMWORD PTR [rsp],ymm11
 9de:	c5 7e 7f 4c 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm9
 9e4:	c5 7e 7f 44 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm8
 9ea:	c5 fe 7f 74 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm6
 9f0:	c5 fe 7f ac 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm5
 9f7:	00 00 
 9f9:	c5 fe 7f a4 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm4
 a00:	00 00 
 a02:	c5 fe 7f 9c 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm3
 a09:	00 00 
 a0b:	c5 fe 7f 94 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm2
 a12:	00 00 
 a14:	c5 7e 7f 94 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm10
 a1b:	00 00 
 a1d:	c5 fe 7f bc 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm7
 a24:	00 00 
 a26:	44 89 84 24 28 02 00 	mov    DWORD PTR [rsp+0x228],r8d
 a2d:	00 
 a2e:	44 89 94 24 2c 02 00 	mov    DWORD PTR [rsp+0x22c],r10d
 a35:	00 
 a36:	66 90                	xchg   ax,ax
 a38:	c5 f8 77             	vzeroupper
 a3b:	e8 00 bc a8 ff       	call   0xffffffffffa8c640
 a40:	be e4 ff ff ff       	mov    esi,0xffffffe4
 a45:	c5 7e 7f 0c 24       	vmovdqu YMMWORD PTR [rsp],ymm9
 a4a:	c5 7e 7f 44 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm8
 a50:	c5 fe 7f 74 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm6
 a56:	c5 fe 7f 6c 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm5
 a5c:	c5 fe 7f a4 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm4
 a63:	00 00 
 a65:	c5 fe 7f 9c 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm3
 a6c:	00 00 
 a6e:	c5 fe 7f 94 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm2
 a75:	00 00 
 a77:	c5 7e 7f 94 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm10
 a7e:	00 00 
 a80:	c5 fe 7f bc 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm7
 a87:	00 00 
 a89:	44 89 84 24 28 02 00 	mov    DWORD PTR [rsp+0x228],r8d
 a90:	00 
 a91:	44 89 94 24 2c 02 00 	mov    DWORD PTR [rsp+0x22c],r10d
 a98:	00 
 a99:	66 66 90             	data16 xchg ax,ax
 a9c:	c5 f8 77             	vzeroupper
 a9f:	e8 9c bb a8 ff       	call   0xffffffffffa8c640
 aa4:	be e4 ff ff ff       	mov    esi,0xffffffe4
 aa9:	c5 7e 7f 04 24       	vmovdqu YMMWORD PTR [rsp],ymm8
 aae:	c5 fe 7f 74 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm6
 ab4:	c5 fe 7f 6c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm5
 aba:	c5 fe 7f 64 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm4
 ac0:	c5 fe 7f 9c 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm3
 ac7:	00 00 
 ac9:	c5 fe 7f 94 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm2
 ad0:	00 00 
 ad2:	c5 7e 7f 94 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm10
 ad9:	00 00 
 adb:	c5 fe 7f bc 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm7
 ae2:	00 00 
 ae4:	44 89 84 24 28 02 00 	mov    DWORD PTR [rsp+0x228],r8d
 aeb:	00 
 aec:	44 89 94 24 2c 02 00 	mov    DWORD PTR [rsp+0x22c],r10d
 af3:	00 
 af4:	c5 f8 77             	vzeroupper
 af7:	e8 44 bb a8 ff       	call   0xffffffffffa8c640
 afc:	be e4 ff ff ff       	mov    esi,0xffffffe4
 b01:	c5 fe 7f 34 24       	vmovdqu YMMWORD PTR [rsp],ymm6
 b06:	c5 fe 7f 6c 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm5
 b0c:	c5 fe 7f 64 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm4
 b12:	c5 fe 7f 5c 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm3
 b18:	c5 fe 7f 94 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm2
 b1f:	00 00 
 b21:	c5 7e 7f 94 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm10
 b28:	00 00 
 b2a:	c5 fe 7f bc 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm7
 b31:	00 00 
 b33:	44 89 84 24 28 02 00 	mov    DWORD PTR [rsp+0x228],r8d
 b3a:	00 
 b3b:	44 89 94 24 2c 02 00 	mov    DWORD PTR [rsp+0x22c],r10d
 b42:	00 
 b43:	90                   	nop
 b44:	c5 f8 77             	vzeroupper
 b47:	e8 f4 ba a8 ff       	call   0xffffffffffa8c640
 b4c:	be e4 ff ff ff       	mov    esi,0xffffffe4
 b51:	c5 fe 7f 2c 24       	vmovdqu YMMWORD PTR [rsp],ymm5
 b56:	c5 fe 7f 64 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm4
 b5c:	c5 fe 7f 5c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm3
 b62:	c5 fe 7f 54 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm2
 b68:	c5 7e 7f 94 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm10
 b6f:	00 00 
 b71:	c5 fe 7f bc 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm7
 b78:	00 00 
 b7a:	44 89 84 24 28 02 00 	mov    DWORD PTR [rsp+0x228],r8d
 b81:	00 
 b82:	44 89 94 24 2c 02 00 	mov    DWORD PTR [rsp+0x22c],r10d
 b89:	00 
 b8a:	66 90                	xchg   ax,ax
 b8c:	c5 f8 77             	vzeroupper
 b8f:	e8 ac ba a8 ff       	call   0xffffffffffa8c640
 b94:	be e4 ff ff ff       	mov    esi,0xffffffe4
 b99:	c5 fe 7f 24 24       	vmovdqu YMMWORD PTR [rsp],ymm4
 b9e:	c5 fe 7f 5c 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm3
 ba4:	c5 fe 7f 54 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm2
 baa:	c5 7e 7f 54 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm10
 bb0:	c5 fe 7f bc 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm7
 bb7:	00 00 
 bb9:	44 89 84 24 28 02 00 	mov    DWORD PTR [rsp+0x228],r8d
 bc0:	00 
 bc1:	44 89 94 24 2c 02 00 	mov    DWORD PTR [rsp+0x22c],r10d
 bc8:	00 
 bc9:	66 66 90             	data16 xchg ax,ax
 bcc:	c5 f8 77             	vzeroupper
 bcf:	e8 6c ba a8 ff       	call   0xffffffffffa8c640
 bd4:	be e4 ff ff ff       	mov    esi,0xffffffe4
 bd9:	c5 fe 7f 1c 24       	vmovdqu YMMWORD PTR [rsp],ymm3
 bde:	c5 fe 7f 54 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm2
 be4:	c5 7e 7f 54 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm10
 bea:	c5 fe 7f 7c 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm7
 bf0:	44 89 84 24 28 02 00 	mov    DWORD PTR [rsp+0x228],r8d
 bf7:	00 
 bf8:	44 89 94 24 2c 02 00 	mov    DWORD PTR [rsp+0x22c],r10d
 bff:	00 
 c00:	c5 f8 77             	vzeroupper
 c03:	e8 38 ba a8 ff       	call   0xffffffffffa8c640
 c08:	be e4 ff ff ff       	mov    esi,0xffffffe4
 c0d:	c5 fe 7f 14 24       	vmovdqu YMMWORD PTR [rsp],ymm2
 c12:	c5 7e 7f 54 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm10
 c18:	c5 fe 7f 7c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm7
 c1e:	44 89 84 24 28 02 00 	mov    DWORD PTR [rsp+0x228],r8d
 c25:	00 
 c26:	44 89 94 24 2c 02 00 	mov    DWORD PTR [rsp+0x22c],r10d
 c2d:	00 
 c2e:	66 90                	xchg   ax,ax
 c30:	c5 f8 77             	vzeroupper
 c33:	e8 08 ba a8 ff       	call   0xffffffffffa8c640
 c38:	be e4 ff ff ff       	mov    esi,0xffffffe4
 c3d:	c5 7e 7f 14 24       	vmovdqu YMMWORD PTR [rsp],ymm10
 c42:	c5 fe 7f 7c 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm7
 c48:	44 89 84 24 28 02 00 	mov    DWORD PTR [rsp+0x228],r8d
 c4f:	00 
 c50:	44 89 94 24 2c 02 00 	mov    DWORD PTR [rsp+0x22c],r10d
 c57:	00 
 c58:	c5 f8 77             	vzeroupper
 c5b:	e8 e0 b9 a8 ff       	call   0xffffffffffa8c640
 c60:	be e4 ff ff ff       	mov    esi,0xffffffe4
 c65:	c5 fe 7f 3c 24       	vmovdqu YMMWORD PTR [rsp],ymm7
 c6a:	44 89 94 24 28 02 00 	mov    DWORD PTR [rsp+0x228],r10d
 c71:	00 
 c72:	66 90                	xchg   ax,ax
 c74:	c5 f8 77             	vzeroupper
 c77:	e8 c4 b9 a8 ff       	call   0xffffffffffa8c640
 c7c:	be cc ff ff ff       	mov    esi,0xffffffcc
 c81:	c5 7e 7f 2c 24       	vmovdqu YMMWORD PTR [rsp],ymm13
 c86:	c5 7e 7f 64 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm12
 c8c:	c5 7e 7f 5c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm11
 c92:	c5 7e 7f 4c 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm9
 c98:	c5 7e 7f 84 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm8
 c9f:	00 00 
 ca1:	c5 fe 7f b4 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm6
 ca8:	00 00 
 caa:	c5 fe 7f ac 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm5
 cb1:	00 00 
 cb3:	c5 fe 7f a4 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm4
 cba:	00 00 
 cbc:	c5 fe 7f 9c 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm3
 cc3:	00 00 
 cc5:	c5 fe 7f 94 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm2
 ccc:	00 00 
 cce:	c5 7e 7f 94 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm10
 cd5:	00 00 
 cd7:	c5 fe 7f bc 24 60 01 	vmovdqu YMMWORD PTR [rsp+0x160],ymm7
 cde:	00 00 
 ce0:	44 8b 8c 24 28 02 00 	mov    r9d,DWORD PTR [rsp+0x228]
 ce7:	00 
 ce8:	4c 89 9c 24 80 01 00 	mov    QWORD PTR [rsp+0x180],r11
 cef:	00 
 cf0:	44 89 8c 24 24 02 00 	mov    DWORD PTR [rsp+0x224],r9d
 cf7:	00 
 cf8:	44 89 94 24 28 02 00 	mov    DWORD PTR [rsp+0x228],r10d
 cff:	00 
 d00:	c5 f8 77             	vzeroupper
 d03:	e8 38 b9 a8 ff       	call   0xffffffffffa8c640
 d08:	44 8b 84 24 2c 02 00 	mov    r8d,DWORD PTR [rsp+0x22c]
 d0f:	00 
 d10:	e9 f0 fa ff ff       	jmp    0x805
 d15:	be f6 ff ff ff       	mov    esi,0xfffffff6
 d1a:	66 90                	xchg   ax,ax
 d1c:	c5 f8 77             	vzeroupper
 d1f:	e8 1c b9 a8 ff       	call   0xffffffffffa8c640
 d24:	49 ba 31 23 f0 e8 48 	movabs r10,0x7f48e8f02331
 d2b:	7f 00 00 
 d2e:	4d 89 97 58 03 00 00 	mov    QWORD PTR [r15+0x358],r10
 d35:	e9 06 ca a8 ff       	jmp    0xffffffffffa8d740
 d3a:	f4                   	hlt
 d3b:	f4                   	hlt
 d3c:	f4                   	hlt
 d3d:	f4                   	hlt
 d3e:	f4                   	hlt
 d3f:	f4                   	hlt
