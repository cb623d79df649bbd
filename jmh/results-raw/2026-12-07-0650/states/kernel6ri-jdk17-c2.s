
ri17.bin:     file format binary


Disassembly of section .data:

0000000000000000 <.data>:
   0:	89 84 24 00 c0 fe ff 	mov    DWORD PTR [rsp-0x14000],eax
   7:	55                   	push   rbp
   8:	48 81 ec f0 01 00 00 	sub    rsp,0x1f0
   f:	44 8b d6             	mov    r10d,esi
  12:	c4 41 1d ef e4       	vpxor  ymm12,ymm12,ymm12
  17:	44 8b 9c 24 18 02 00 	mov    r11d,DWORD PTR [rsp+0x218]
  1e:	00 
  1f:	45 85 db             	test   r11d,r11d
  22:	0f 85 7c 06 00 00    	jne    0x6a4
  28:	8b c6                	mov    eax,esi
  2a:	03 c1                	add    eax,ecx
  2c:	3b c8                	cmp    ecx,eax
  2e:	0f 8d 14 05 00 00    	jge    0x548
  34:	45 8b f0             	mov    r14d,r8d
  37:	41 c1 e6 02          	shl    r14d,0x2
  3b:	41 8b e8             	mov    ebp,r8d
  3e:	41 03 ee             	add    ebp,r14d
  41:	45 8b d0             	mov    r10d,r8d
  44:	41 d1 e2             	shl    r10d,1
  47:	45 8b d8             	mov    r11d,r8d
  4a:	45 03 da             	add    r11d,r10d
  4d:	41 8b 59 0c          	mov    ebx,DWORD PTR [r9+0xc]
  51:	83 c3 f9             	add    ebx,0xfffffff9
  54:	85 db                	test   ebx,ebx
  56:	0f 8c 34 05 00 00    	jl     0x590
  5c:	8b 72 0c             	mov    esi,DWORD PTR [rdx+0xc]
  5f:	3b ce                	cmp    ecx,esi
  61:	0f 83 29 05 00 00    	jae    0x590
  67:	89 6c 24 14          	mov    DWORD PTR [rsp+0x14],ebp
  6b:	44 89 84 24 0c 02 00 	mov    DWORD PTR [rsp+0x20c],r8d
  72:	00 
  73:	48 63 ee             	movsxd rbp,esi
  76:	89 44 24 2c          	mov    DWORD PTR [rsp+0x2c],eax
  7a:	48 63 f0             	movsxd rsi,eax
  7d:	4c 8b c6             	mov    r8,rsi
  80:	49 ff c8             	dec    r8
  83:	4c 3b c5             	cmp    r8,rbp
  86:	0f 83 f8 04 00 00    	jae    0x584
  8c:	48 63 84 24 0c 02 00 	movsxd rax,DWORD PTR [rsp+0x20c]
  93:	00 
  94:	4c 63 e9             	movsxd r13,ecx
  97:	4d 8b c5             	mov    r8,r13
  9a:	4c 03 c0             	add    r8,rax
  9d:	4c 3b c5             	cmp    r8,rbp
  a0:	0f 83 32 05 00 00    	jae    0x5d8
  a6:	4c 8b c6             	mov    r8,rsi
  a9:	4c 03 c0             	add    r8,rax
  ac:	49 ff c8             	dec    r8
  af:	4c 3b c5             	cmp    r8,rbp
  b2:	0f 83 32 05 00 00    	jae    0x5ea
  b8:	49 63 c2             	movsxd rax,r10d
  bb:	4d 8b c5             	mov    r8,r13
  be:	4c 03 c0             	add    r8,rax
  c1:	4c 3b c5             	cmp    r8,rbp
  c4:	0f 83 32 05 00 00    	jae    0x5fc
  ca:	4c 8b c6             	mov    r8,rsi
  cd:	4c 03 c0             	add    r8,rax
  d0:	49 ff c8             	dec    r8
  d3:	4c 3b c5             	cmp    r8,rbp
  d6:	0f 83 35 05 00 00    	jae    0x611
  dc:	49 63 c3             	movsxd rax,r11d
  df:	4d 8b c5             	mov    r8,r13
  e2:	4c 03 c0             	add    r8,rax
  e5:	4c 3b c5             	cmp    r8,rbp
  e8:	0f 83 38 05 00 00    	jae    0x626
  ee:	4c 8b c6             	mov    r8,rsi
  f1:	4c 03 c0             	add    r8,rax
  f4:	49 ff c8             	dec    r8
  f7:	4c 3b c5             	cmp    r8,rbp
  fa:	0f 83 3b 05 00 00    	jae    0x63b
 100:	49 63 c6             	movsxd rax,r14d
 103:	4d 8b c5             	mov    r8,r13
 106:	4c 03 c0             	add    r8,rax
 109:	4c 3b c5             	cmp    r8,rbp
 10c:	0f 83 3e 05 00 00    	jae    0x650
 112:	4c 8b c6             	mov    r8,rsi
 115:	4c 03 c0             	add    r8,rax
 118:	49 ff c8             	dec    r8
 11b:	4c 3b c5             	cmp    r8,rbp
 11e:	0f 83 41 05 00 00    	jae    0x665
 124:	4c 63 44 24 14       	movsxd r8,DWORD PTR [rsp+0x14]
 129:	4d 03 e8             	add    r13,r8
 12c:	4c 3b ed             	cmp    r13,rbp
 12f:	0f 83 45 05 00 00    	jae    0x67a
 135:	49 03 f0             	add    rsi,r8
 138:	48 ff ce             	dec    rsi
 13b:	48 3b f5             	cmp    rsi,rbp
 13e:	0f 83 4b 05 00 00    	jae    0x68f
 144:	41 bd e8 03 00 00    	mov    r13d,0x3e8
 14a:	33 f6                	xor    esi,esi
 14c:	c4 41 7e 6f dc       	vmovdqu ymm11,ymm12
 151:	c4 41 7e 6f d4       	vmovdqu ymm10,ymm12
 156:	c4 41 7e 6f cc       	vmovdqu ymm9,ymm12
 15b:	c4 41 7e 6f c4       	vmovdqu ymm8,ymm12
 160:	c4 c1 7e 6f fc       	vmovdqu ymm7,ymm12
 165:	c4 c1 7e 6f f4       	vmovdqu ymm6,ymm12
 16a:	c4 c1 7e 6f ec       	vmovdqu ymm5,ymm12
 16f:	c4 c1 7e 6f e4       	vmovdqu ymm4,ymm12
 174:	c4 c1 7e 6f dc       	vmovdqu ymm3,ymm12
 179:	c4 c1 7e 6f d4       	vmovdqu ymm2,ymm12
 17e:	c4 c1 7e 6f cc       	vmovdqu ymm1,ymm12
 183:	44 8b 44 24 2c       	mov    r8d,DWORD PTR [rsp+0x2c]
 188:	44 2b c1             	sub    r8d,ecx
 18b:	8b 6c 24 2c          	mov    ebp,DWORD PTR [rsp+0x2c]
 18f:	3b e9                	cmp    ebp,ecx
 191:	44 0f 4c c6          	cmovl  r8d,esi
 195:	41 81 f8 e8 03 00 00 	cmp    r8d,0x3e8
 19c:	45 0f 47 c5          	cmova  r8d,r13d
 1a0:	44 03 c1             	add    r8d,ecx
 1a3:	0f 1f 80 00 00 00 00 	nop    DWORD PTR [rax+0x0]
 1aa:	66 0f 1f 44 00 00    	nop    WORD PTR [rax+rax*1+0x0]
 1b0:	3b fb                	cmp    edi,ebx
 1b2:	0f 83 39 02 00 00    	jae    0x3f1
 1b8:	c4 41 7e 6f 6c b9 10 	vmovdqu ymm13,YMMWORD PTR [r9+rdi*4+0x10]
 1bf:	8b ef                	mov    ebp,edi
 1c1:	83 c5 08             	add    ebp,0x8
 1c4:	3b eb                	cmp    ebp,ebx
 1c6:	0f 83 d4 02 00 00    	jae    0x4a0
 1cc:	c4 41 7e 6f 74 b9 30 	vmovdqu ymm14,YMMWORD PTR [r9+rdi*4+0x30]
 1d3:	c4 e2 7d 18 44 8a 10 	vbroadcastss ymm0,DWORD PTR [rdx+rcx*4+0x10]
 1da:	c4 42 7d b8 d6       	vfmadd231ps ymm10,ymm0,ymm14
 1df:	c4 42 7d b8 dd       	vfmadd231ps ymm11,ymm0,ymm13
 1e4:	8b e9                	mov    ebp,ecx
 1e6:	03 ac 24 0c 02 00 00 	add    ebp,DWORD PTR [rsp+0x20c]
 1ed:	c4 e2 7d 18 44 aa 10 	vbroadcastss ymm0,DWORD PTR [rdx+rbp*4+0x10]
 1f4:	c4 c2 7d b8 fe       	vfmadd231ps ymm7,ymm0,ymm14
 1f9:	c4 42 7d b8 cd       	vfmadd231ps ymm9,ymm0,ymm13
 1fe:	8b e9                	mov    ebp,ecx
 200:	41 03 ea             	add    ebp,r10d
 203:	c4 e2 7d 18 44 aa 10 	vbroadcastss ymm0,DWORD PTR [rdx+rbp*4+0x10]
 20a:	c4 c2 7d b8 e6       	vfmadd231ps ymm4,ymm0,ymm14
 20f:	c4 c2 7d b8 f5       	vfmadd231ps ymm6,ymm0,ymm13
 214:	8b e9                	mov    ebp,ecx
 216:	41 03 eb             	add    ebp,r11d
 219:	c4 e2 7d 18 44 aa 10 	vbroadcastss ymm0,DWORD PTR [rdx+rbp*4+0x10]
 220:	c4 c2 7d b8 d6       	vfmadd231ps ymm2,ymm0,ymm14
 225:	c4 c2 7d b8 dd       	vfmadd231ps ymm3,ymm0,ymm13
 22a:	8b e9                	mov    ebp,ecx
 22c:	41 03 ee             	add    ebp,r14d
 22f:	c4 e2 7d 18 44 aa 10 	vbroadcastss ymm0,DWORD PTR [rdx+rbp*4+0x10]
 236:	c4 42 7d b8 e6       	vfmadd231ps ymm12,ymm0,ymm14
 23b:	c4 c2 7d b8 cd       	vfmadd231ps ymm1,ymm0,ymm13
 240:	8b e9                	mov    ebp,ecx
 242:	03 6c 24 14          	add    ebp,DWORD PTR [rsp+0x14]
 246:	c4 e2 7d 18 44 aa 10 	vbroadcastss ymm0,DWORD PTR [rdx+rbp*4+0x10]
 24d:	c4 c2 7d b8 ee       	vfmadd231ps ymm5,ymm0,ymm14
 252:	c4 42 7d b8 c5       	vfmadd231ps ymm8,ymm0,ymm13
 257:	83 c7 10             	add    edi,0x10
 25a:	ff c1                	inc    ecx
 25c:	41 3b c8             	cmp    ecx,r8d
 25f:	0f 8c 4b ff ff ff    	jl     0x1b0
 265:	4d 8b 87 48 03 00 00 	mov    r8,QWORD PTR [r15+0x348]
 26c:	41 85 00             	test   DWORD PTR [r8],eax
 26f:	3b 4c 24 2c          	cmp    ecx,DWORD PTR [rsp+0x2c]
 273:	0f 8c 0a ff ff ff    	jl     0x183
 279:	4c 8b 9c 24 00 02 00 	mov    r11,QWORD PTR [rsp+0x200]
 280:	00 
 281:	45 8b 53 0c          	mov    r10d,DWORD PTR [r11+0xc]
 285:	41 83 c2 f9          	add    r10d,0xfffffff9
 289:	45 85 d2             	test   r10d,r10d
 28c:	0f 8c ee 07 00 00    	jl     0xa80
 292:	44 8b 84 24 08 02 00 	mov    r8d,DWORD PTR [rsp+0x208]
 299:	00 
 29a:	45 3b c2             	cmp    r8d,r10d
 29d:	0f 83 3d 04 00 00    	jae    0x6e0
 2a3:	41 8b e8             	mov    ebp,r8d
 2a6:	83 c5 08             	add    ebp,0x8
 2a9:	4d 63 c8             	movsxd r9,r8d
 2ac:	c4 01 7e 7f 5c 8b 10 	vmovdqu YMMWORD PTR [r11+r9*4+0x10],ymm11
 2b3:	41 3b ea             	cmp    ebp,r10d
 2b6:	0f 83 a8 04 00 00    	jae    0x764
 2bc:	c4 01 7e 7f 54 8b 30 	vmovdqu YMMWORD PTR [r11+r9*4+0x30],ymm10
 2c3:	8b ac 24 10 02 00 00 	mov    ebp,DWORD PTR [rsp+0x210]
 2ca:	41 03 e8             	add    ebp,r8d
 2cd:	41 3b ea             	cmp    ebp,r10d
 2d0:	0f 83 02 05 00 00    	jae    0x7d8
 2d6:	83 c5 08             	add    ebp,0x8
 2d9:	48 63 8c 24 10 02 00 	movsxd rcx,DWORD PTR [rsp+0x210]
 2e0:	00 
 2e1:	49 03 c9             	add    rcx,r9
 2e4:	c4 41 7e 7f 4c 8b 10 	vmovdqu YMMWORD PTR [r11+rcx*4+0x10],ymm9
 2eb:	41 3b ea             	cmp    ebp,r10d
 2ee:	0f 83 50 05 00 00    	jae    0x844
 2f4:	c4 c1 7e 7f 7c 8b 30 	vmovdqu YMMWORD PTR [r11+rcx*4+0x30],ymm7
 2fb:	8b 9c 24 10 02 00 00 	mov    ebx,DWORD PTR [rsp+0x210]
 302:	d1 e3                	shl    ebx,1
 304:	41 8b e8             	mov    ebp,r8d
 307:	03 eb                	add    ebp,ebx
 309:	41 3b ea             	cmp    ebp,r10d
 30c:	0f 83 96 05 00 00    	jae    0x8a8
 312:	83 c5 08             	add    ebp,0x8
 315:	48 63 cb             	movsxd rcx,ebx
 318:	49 03 c9             	add    rcx,r9
 31b:	c4 c1 7e 7f 74 8b 10 	vmovdqu YMMWORD PTR [r11+rcx*4+0x10],ymm6
 322:	41 3b ea             	cmp    ebp,r10d
 325:	0f 83 d5 05 00 00    	jae    0x900
 32b:	c4 c1 7e 7f 64 8b 30 	vmovdqu YMMWORD PTR [r11+rcx*4+0x30],ymm4
 332:	8b 8c 24 10 02 00 00 	mov    ecx,DWORD PTR [rsp+0x210]
 339:	03 cb                	add    ecx,ebx
 33b:	41 8b e8             	mov    ebp,r8d
 33e:	03 e9                	add    ebp,ecx
 340:	41 3b ea             	cmp    ebp,r10d
 343:	0f 83 07 06 00 00    	jae    0x950
 349:	83 c5 08             	add    ebp,0x8
 34c:	48 63 c9             	movsxd rcx,ecx
 34f:	49 03 c9             	add    rcx,r9
 352:	c4 c1 7e 7f 5c 8b 10 	vmovdqu YMMWORD PTR [r11+rcx*4+0x10],ymm3
 359:	41 3b ea             	cmp    ebp,r10d
 35c:	0f 83 36 06 00 00    	jae    0x998
 362:	c4 c1 7e 7f 54 8b 30 	vmovdqu YMMWORD PTR [r11+rcx*4+0x30],ymm2
 369:	8b 9c 24 10 02 00 00 	mov    ebx,DWORD PTR [rsp+0x210]
 370:	c1 e3 02             	shl    ebx,0x2
 373:	41 8b e8             	mov    ebp,r8d
 376:	03 eb                	add    ebp,ebx
 378:	41 3b ea             	cmp    ebp,r10d
 37b:	0f 83 57 06 00 00    	jae    0x9d8
 381:	83 c5 08             	add    ebp,0x8
 384:	48 63 cb             	movsxd rcx,ebx
 387:	49 03 c9             	add    rcx,r9
 38a:	c4 c1 7e 7f 4c 8b 10 	vmovdqu YMMWORD PTR [r11+rcx*4+0x10],ymm1
 391:	41 3b ea             	cmp    ebp,r10d
 394:	0f 83 72 06 00 00    	jae    0xa0c
 39a:	c4 41 7e 7f 64 8b 30 	vmovdqu YMMWORD PTR [r11+rcx*4+0x30],ymm12
 3a1:	8b 8c 24 10 02 00 00 	mov    ecx,DWORD PTR [rsp+0x210]
 3a8:	03 cb                	add    ecx,ebx
 3aa:	41 8b e8             	mov    ebp,r8d
 3ad:	03 e9                	add    ebp,ecx
 3af:	41 3b ea             	cmp    ebp,r10d
 3b2:	0f 83 84 06 00 00    	jae    0xa3c
 3b8:	83 c5 08             	add    ebp,0x8
 3bb:	4c 63 c1             	movsxd r8,ecx
 3be:	4d 03 c1             	add    r8,r9
 3c1:	c4 01 7e 7f 44 83 10 	vmovdqu YMMWORD PTR [r11+r8*4+0x10],ymm8
 3c8:	41 3b ea             	cmp    ebp,r10d
 3cb:	0f 83 93 06 00 00    	jae    0xa64
 3d1:	c4 81 7e 7f 6c 83 30 	vmovdqu YMMWORD PTR [r11+r8*4+0x30],ymm5
 3d8:	c5 f8 77             	vzeroupper
 3db:	48 81 c4 f0 01 00 00 	add    rsp,0x1f0
 3e2:	5d                   	pop    rbp
 3e3:	49 3b a7 40 03 00 00 	cmp    rsp,QWORD PTR [r15+0x340]
 3ea:	0f 87 2c 07 00 00    	ja     0xb1c
 3f0:	c3                   	ret
 3f1:	be e4 ff ff ff       	mov    esi,0xffffffe4
 3f6:	48 8b ea             	mov    rbp,rdx
 3f9:	44 89 94 24 14 02 00 	mov    DWORD PTR [rsp+0x214],r10d
 400:	00 
 401:	44 89 9c 24 18 02 00 	mov    DWORD PTR [rsp+0x218],r11d
 408:	00 
 409:	44 89 74 24 08       	mov    DWORD PTR [rsp+0x8],r14d
 40e:	48 89 44 24 f8       	mov    QWORD PTR [rsp-0x8],rax
 413:	8b 44 24 14          	mov    eax,DWORD PTR [rsp+0x14]
 417:	89 44 24 0c          	mov    DWORD PTR [rsp+0xc],eax
 41b:	48 8b 44 24 f8       	mov    rax,QWORD PTR [rsp-0x8]
 420:	89 4c 24 14          	mov    DWORD PTR [rsp+0x14],ecx
 424:	4c 89 4c 24 18       	mov    QWORD PTR [rsp+0x18],r9
 429:	89 7c 24 20          	mov    DWORD PTR [rsp+0x20],edi
 42d:	89 5c 24 24          	mov    DWORD PTR [rsp+0x24],ebx
 431:	c5 7e 7f 5c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm11
 437:	c5 7e 7f 54 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm10
 43d:	c5 7e 7f 8c 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm9
 444:	00 00 
 446:	c5 fe 7f bc 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm7
 44d:	00 00 
 44f:	c5 fe 7f b4 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm6
 456:	00 00 
 458:	c5 fe 7f a4 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm4
 45f:	00 00 
 461:	c5 fe 7f 9c 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm3
 468:	00 00 
 46a:	c5 fe 7f 94 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm2
 471:	00 00 
 473:	c5 fe 7f 8c 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm1
 47a:	00 00 
 47c:	c5 7e 7f a4 24 60 01 	vmovdqu YMMWORD PTR [rsp+0x160],ymm12
 483:	00 00 
 485:	c5 7e 7f 84 24 80 01 	vmovdqu YMMWORD PTR [rsp+0x180],ymm8
 48c:	00 00 
 48e:	c5 fe 7f ac 24 a0 01 	vmovdqu YMMWORD PTR [rsp+0x1a0],ymm5
 495:	00 00 
 497:	90                   	nop
 498:	c5 f8 77             	vzeroupper
 49b:	e8 a0 9a a8 ff       	call   0xffffffffffa89f40
 4a0:	be e4 ff ff ff       	mov    esi,0xffffffe4
 4a5:	48 89 14 24          	mov    QWORD PTR [rsp],rdx
 4a9:	44 89 94 24 14 02 00 	mov    DWORD PTR [rsp+0x214],r10d
 4b0:	00 
 4b1:	44 89 9c 24 18 02 00 	mov    DWORD PTR [rsp+0x218],r11d
 4b8:	00 
 4b9:	44 89 74 24 10       	mov    DWORD PTR [rsp+0x10],r14d
 4be:	89 7c 24 18          	mov    DWORD PTR [rsp+0x18],edi
 4c2:	89 4c 24 1c          	mov    DWORD PTR [rsp+0x1c],ecx
 4c6:	4c 89 4c 24 20       	mov    QWORD PTR [rsp+0x20],r9
 4cb:	89 5c 24 28          	mov    DWORD PTR [rsp+0x28],ebx
 4cf:	c5 7e 7f 5c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm11
 4d5:	c5 7e 7f 54 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm10
 4db:	c5 7e 7f 8c 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm9
 4e2:	00 00 
 4e4:	c5 fe 7f bc 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm7
 4eb:	00 00 
 4ed:	c5 fe 7f b4 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm6
 4f4:	00 00 
 4f6:	c5 fe 7f a4 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm4
 4fd:	00 00 
 4ff:	c5 fe 7f 9c 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm3
 506:	00 00 
 508:	c5 fe 7f 94 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm2
 50f:	00 00 
 511:	c5 fe 7f 8c 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm1
 518:	00 00 
 51a:	c5 7e 7f a4 24 60 01 	vmovdqu YMMWORD PTR [rsp+0x160],ymm12
 521:	00 00 
 523:	c5 7e 7f 84 24 80 01 	vmovdqu YMMWORD PTR [rsp+0x180],ymm8
 52a:	00 00 
 52c:	c5 fe 7f ac 24 a0 01 	vmovdqu YMMWORD PTR [rsp+0x1a0],ymm5
 533:	00 00 
 535:	c5 7e 7f ac 24 c0 01 	vmovdqu YMMWORD PTR [rsp+0x1c0],ymm13
 53c:	00 00 
 53e:	66 90                	xchg   ax,ax
 540:	c5 f8 77             	vzeroupper
 543:	e8 f8 99 a8 ff       	call   0xffffffffffa89f40
 548:	c4 c1 7e 6f ec       	vmovdqu ymm5,ymm12
 54d:	c4 41 7e 6f c4       	vmovdqu ymm8,ymm12
 552:	c4 c1 7e 6f cc       	vmovdqu ymm1,ymm12
 557:	c4 c1 7e 6f d4       	vmovdqu ymm2,ymm12
 55c:	c4 c1 7e 6f dc       	vmovdqu ymm3,ymm12
 561:	c4 c1 7e 6f e4       	vmovdqu ymm4,ymm12
 566:	c4 c1 7e 6f f4       	vmovdqu ymm6,ymm12
 56b:	c4 c1 7e 6f fc       	vmovdqu ymm7,ymm12
 570:	c4 41 7e 6f cc       	vmovdqu ymm9,ymm12
 575:	c4 41 7e 6f d4       	vmovdqu ymm10,ymm12
 57a:	c4 41 7e 6f dc       	vmovdqu ymm11,ymm12
 57f:	e9 f5 fc ff ff       	jmp    0x279
 584:	44 8b 84 24 0c 02 00 	mov    r8d,DWORD PTR [rsp+0x20c]
 58b:	00 
 58c:	8b 6c 24 14          	mov    ebp,DWORD PTR [rsp+0x14]
 590:	be 76 ff ff ff       	mov    esi,0xffffff76
 595:	48 89 14 24          	mov    QWORD PTR [rsp],rdx
 599:	4c 89 4c 24 08       	mov    QWORD PTR [rsp+0x8],r9
 59e:	44 89 84 24 0c 02 00 	mov    DWORD PTR [rsp+0x20c],r8d
 5a5:	00 
 5a6:	44 89 94 24 14 02 00 	mov    DWORD PTR [rsp+0x214],r10d
 5ad:	00 
 5ae:	44 89 9c 24 18 02 00 	mov    DWORD PTR [rsp+0x218],r11d
 5b5:	00 
 5b6:	44 89 74 24 10       	mov    DWORD PTR [rsp+0x10],r14d
 5bb:	89 7c 24 14          	mov    DWORD PTR [rsp+0x14],edi
 5bf:	89 4c 24 1c          	mov    DWORD PTR [rsp+0x1c],ecx
 5c3:	c5 7e 7f 64 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm12
 5c9:	89 44 24 44          	mov    DWORD PTR [rsp+0x44],eax
 5cd:	66 66 90             	data16 xchg ax,ax
 5d0:	c5 f8 77             	vzeroupper
 5d3:	e8 68 99 a8 ff       	call   0xffffffffffa89f40
 5d8:	44 8b 84 24 0c 02 00 	mov    r8d,DWORD PTR [rsp+0x20c]
 5df:	00 
 5e0:	8b 44 24 2c          	mov    eax,DWORD PTR [rsp+0x2c]
 5e4:	8b 6c 24 14          	mov    ebp,DWORD PTR [rsp+0x14]
 5e8:	eb a6                	jmp    0x590
 5ea:	44 8b 84 24 0c 02 00 	mov    r8d,DWORD PTR [rsp+0x20c]
 5f1:	00 
 5f2:	8b 44 24 2c          	mov    eax,DWORD PTR [rsp+0x2c]
 5f6:	8b 6c 24 14          	mov    ebp,DWORD PTR [rsp+0x14]
 5fa:	eb 94                	jmp    0x590
 5fc:	44 8b 84 24 0c 02 00 	mov    r8d,DWORD PTR [rsp+0x20c]
 603:	00 
 604:	8b 44 24 2c          	mov    eax,DWORD PTR [rsp+0x2c]
 608:	8b 6c 24 14          	mov    ebp,DWORD PTR [rsp+0x14]
 60c:	e9 7f ff ff ff       	jmp    0x590
 611:	44 8b 84 24 0c 02 00 	mov    r8d,DWORD PTR [rsp+0x20c]
 618:	00 
 619:	8b 44 24 2c          	mov    eax,DWORD PTR [rsp+0x2c]
 61d:	8b 6c 24 14          	mov    ebp,DWORD PTR [rsp+0x14]
 621:	e9 6a ff ff ff       	jmp    0x590
 626:	44 8b 84 24 0c 02 00 	mov    r8d,DWORD PTR [rsp+0x20c]
 62d:	00 
 62e:	8b 44 24 2c          	mov    eax,DWORD PTR [rsp+0x2c]
 632:	8b 6c 24 14          	mov    ebp,DWORD PTR [rsp+0x14]
 636:	e9 55 ff ff ff       	jmp    0x590
 63b:	44 8b 84 24 0c 02 00 	mov    r8d,DWORD PTR [rsp+0x20c]
 642:	00 
 643:	8b 44 24 2c          	mov    eax,DWORD PTR [rsp+0x2c]
 647:	8b 6c 24 14          	mov    ebp,DWORD PTR [rsp+0x14]
 64b:	e9 40 ff ff ff       	jmp    0x590
 650:	44 8b 84 24 0c 02 00 	mov    r8d,DWORD PTR [rsp+0x20c]
 657:	00 
 658:	8b 44 24 2c          	mov    eax,DWORD PTR [rsp+0x2c]
 65c:	8b 6c 24 14          	mov    ebp,DWORD PTR [rsp+0x14]
 660:	e9 2b ff ff ff       	jmp    0x590
 665:	44 8b 84 24 0c 02 00 	mov    r8d,DWORD PTR [rsp+0x20c]
 66c:	00 
 66d:	8b 44 24 2c          	mov    eax,DWORD PTR [rsp+0x2c]
 671:	8b 6c 24 14          	mov    ebp,DWORD PTR [rsp+0x14]
 675:	e9 16 ff ff ff       	jmp    0x590
 67a:	44 8b 84 24 0c 02 00 	mov    r8d,DWORD PTR [rsp+0x20c]
 681:	00 
 682:	8b 44 24 2c          	mov    eax,DWORD PTR [rsp+0x2c]
 686:	8b 6c 24 14          	mov    ebp,DWORD PTR [rsp+0x14]
 68a:	e9 01 ff ff ff       	jmp    0x590
 68f:	44 8b 84 24 0c 02 00 	mov    r8d,DWORD PTR [rsp+0x20c]
 696:	00 
 697:	8b 44 24 2c          	mov    eax,DWORD PTR [rsp+0x2c]
 69b:	8b 6c 24 14          	mov    ebp,DWORD PTR [rsp+0x14]
 69f:	e9 ec fe ff ff       	jmp    0x590
 6a4:	be 45 ff ff ff       	mov    esi,0xffffff45
 6a9:	48 8b ea             	mov    rbp,rdx
 6ac:	89 8c 24 0c 02 00 00 	mov    DWORD PTR [rsp+0x20c],ecx
 6b3:	44 89 84 24 14 02 00 	mov    DWORD PTR [rsp+0x214],r8d
 6ba:	00 
 6bb:	4c 89 0c 24          	mov    QWORD PTR [rsp],r9
 6bf:	89 bc 24 18 02 00 00 	mov    DWORD PTR [rsp+0x218],edi
 6c6:	c5 7e 7f 64 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm12
 6cc:	44 89 54 24 08       	mov    DWORD PTR [rsp+0x8],r10d
 6d1:	44 89 5c 24 10       	mov    DWORD PTR [rsp+0x10],r11d
 6d6:	66 90                	xchg   ax,ax
 6d8:	c5 f8 77             	vzeroupper
 6db:	e8 60 98 a8 ff       	call   0xffffffffffa89f40
 6e0:	be e4 ff ff ff       	mov    esi,0xffffffe4
 6e5:	c5 7e 7f 1c 24       	vmovdqu YMMWORD PTR [rsp],ymm11
 6ea:	c5 7e 7f 54 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm10
 6f0:	c5 7e 7f 4c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm9
 6f6:	c5 fe 7f 7c 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm7
 6fc:	c5 fe 7f b4 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm6
 703:	00 00 
 705:	c5 fe 7f a4 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm4
 70c:	00 00 
 70e:	c5 fe 7f 9c 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm3
 715:	00 00 
 717:	c5 fe 7f 94 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm2
 71e:	00 00 
 720:	c5 fe 7f 8c 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm1
 727:	00 00 
 729:	c5 7e 7f a4 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm12
 730:	00 00 
 732:	c5 7e 7f 84 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm8
 739:	00 00 
 73b:	c5 fe 7f ac 24 60 01 	vmovdqu YMMWORD PTR [rsp+0x160],ymm5
 742:	00 00 
 744:	4c 89 9c 24 08 02 00 	mov    QWORD PTR [rsp+0x208],r11
 74b:	00 
 74c:	44 89 84 24 04 02 00 	mov    DWORD PTR [rsp+0x204],r8d
 753:	00 
 754:	44 89 94 24 14 02 00 	mov    DWORD PTR [rsp+0x214],r10d
 75b:	00 
 75c:	c5 f8 77             	vzeroupper
 75f:	e8 dc 97 a8 ff       	call   0xffffffffffa89f40
 764:	be e4 ff ff ff       	mov    esi,0xffffffe4
 769:	c5 7e 7f 14 24       	vmovdqu YMMWORD PTR [rsp],ymm10
 76e:	c5 7e 7f 4c 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm9
 774:	c5 fe 7f 7c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm7
 77a:	c5 fe 7f 74 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm6
 780:	c5 fe 7f a4 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm4
 787:	00 00 
 789:	c5 fe 7f 9c 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm3
 790:	00 00 
 792:	c5 fe 7f 94 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm2
 799:	00 00 
 79b:	c5 fe 7f 8c 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm1
 7a2:	00 00 
 7a4:	c5 7e 7f a4 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm12
 7ab:	00 00 
 7ad:	c5 7e 7f 84 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm8
 7b4:	00 00 
 7b6:	c5 fe 7f ac 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm5
 7bd:	00 00 
 7bf:	44 89 84 24 08 02 00 	mov    DWORD PTR [rsp+0x208],r8d
 7c6:	00 
 7c7:	44 89 94 24 0c 02 00 	mov    DWORD PTR [rsp+0x20c],r10d
 7ce:	00 
 7cf:	90                   	nop
 7d0:	c5 f8 77             	vzeroupper
 7d3:	e8 68 97 a8 ff       	call   0xffffffffffa89f40
 7d8:	be e4 ff ff ff       	mov    esi,0xffffffe4
 7dd:	c5 7e 7f 0c 24       	vmovdqu YMMWORD PTR [rsp],ymm9
 7e2:	c5 fe 7f 7c 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm7
 7e8:	c5 fe 7f 74 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm6
 7ee:	c5 fe 7f 64 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm4
 7f4:	c5 fe 7f 9c 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm3
 7fb:	00 00 
 7fd:	c5 fe 7f 94 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm2
 804:	00 00 
 806:	c5 fe 7f 8c 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm1
 80d:	00 00 
 80f:	c5 7e 7f a4 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm12
 816:	00 00 
 818:	c5 7e 7f 84 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm8
 81f:	00 00 
 821:	c5 fe 7f ac 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm5
 828:	00 00 
 82a:	44 89 84 24 08 02 00 	mov    DWORD PTR [rsp+0x208],r8d
 831:	00 
 832:	44 89 94 24 0c 02 00 	mov    DWORD PTR [rsp+0x20c],r10d
 839:	00 
 83a:	66 90                	xchg   ax,ax
 83c:	c5 f8 77             	vzeroupper
 83f:	e8 fc 96 a8 ff       	call   0xffffffffffa89f40
 844:	be e4 ff ff ff       	mov    esi,0xffffffe4
 849:	c5 fe 7f 3c 24       	vmovdqu YMMWORD PTR [rsp],ymm7
 84e:	c5 fe 7f 74 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm6
 854:	c5 fe 7f 64 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm4
 85a:	c5 fe 7f 5c 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm3
 860:	c5 fe 7f 94 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm2
 867:	00 00 
 869:	c5 fe 7f 8c 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm1
 870:	00 00 
 872:	c5 7e 7f a4 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm12
 879:	00 00 
 87b:	c5 7e 7f 84 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm8
 882:	00 00 
 884:	c5 fe 7f ac 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm5
 88b:	00 00 
 88d:	44 89 84 24 08 02 00 	mov    DWORD PTR [rsp+0x208],r8d
 894:	00 
 895:	44 89 94 24 0c 02 00 	mov    DWORD PTR [rsp+0x20c],r10d
 89c:	00 
 89d:	66 66 90             	data16 xchg ax,ax
 8a0:	c5 f8 77             	vzeroupper
 8a3:	e8 98 96 a8 ff       	call   0xffffffffffa89f40
 8a8:	be e4 ff ff ff       	mov    esi,0xffffffe4
 8ad:	c5 fe 7f 34 24       	vmovdqu YMMWORD PTR [rsp],ymm6
 8b2:	c5 fe 7f 64 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm4
 8b8:	c5 fe 7f 5c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm3
 8be:	c5 fe 7f 54 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm2
 8c4:	c5 fe 7f 8c 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm1
 8cb:	00 00 
 8cd:	c5 7e 7f a4 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm12
 8d4:	00 00 
 8d6:	c5 7e 7f 84 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm8
 8dd:	00 00 
 8df:	c5 fe 7f ac 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm5
 8e6:	00 00 
 8e8:	44 89 84 24 08 02 00 	mov    DWORD PTR [rsp+0x208],r8d
 8ef:	00 
 8f0:	44 89 94 24 0c 02 00 	mov    DWORD PTR [rsp+0x20c],r10d
 8f7:	00 
 8f8:	c5 f8 77             	vzeroupper
 8fb:	e8 40 96 a8 ff       	call   0xffffffffffa89f40
 900:	be e4 ff ff ff       	mov    esi,0xffffffe4
 905:	c5 fe 7f 24 24       	vmovdqu YMMWORD PTR [rsp],ymm4
 90a:	c5 fe 7f 5c 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm3
 910:	c5 fe 7f 54 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm2
 916:	c5 fe 7f 4c 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm1
 91c:	c5 7e 7f a4 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm12
 923:	00 00 
 925:	c5 7e 7f 84 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm8
 92c:	00 00 
 92e:	c5 fe 7f ac 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm5
 935:	00 00 
 937:	44 89 84 24 08 02 00 	mov    DWORD PTR [rsp+0x208],r8d
 93e:	00 
 93f:	44 89 94 24 0c 02 00 	mov    DWORD PTR [rsp+0x20c],r10d
 946:	00 
 947:	90                   	nop
 948:	c5 f8 77             	vzeroupper
 94b:	e8 f0 95 a8 ff       	call   0xffffffffffa89f40
 950:	be e4 ff ff ff       	mov    esi,0xffffffe4
 955:	c5 fe 7f 1c 24       	vmovdqu YMMWORD PTR [rsp],ymm3
 95a:	c5 fe 7f 54 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm2
 960:	c5 fe 7f 4c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm1
 966:	c5 7e 7f 64 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm12
 96c:	c5 7e 7f 84 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm8
 973:	00 00 
 975:	c5 fe 7f ac 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm5
 97c:	00 00 
 97e:	44 89 84 24 08 02 00 	mov    DWORD PTR [rsp+0x208],r8d
 985:	00 
 986:	44 89 94 24 0c 02 00 	mov    DWORD PTR [rsp+0x20c],r10d
 98d:	00 
 98e:	66 90                	xchg   ax,ax
 990:	c5 f8 77             	vzeroupper
 993:	e8 a8 95 a8 ff       	call   0xffffffffffa89f40
 998:	be e4 ff ff ff       	mov    esi,0xffffffe4
 99d:	c5 fe 7f 14 24       	vmovdqu YMMWORD PTR [rsp],ymm2
 9a2:	c5 fe 7f 4c 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm1
 9a8:	c5 7e 7f 64 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm12
 9ae:	c5 7e 7f 44 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm8
 9b4:	c5 fe 7f ac 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm5
 9bb:	00 00 
 9bd:	44 89 84 24 08 02 00 	mov    DWORD PTR [rsp+0x208],r8d
 9c4:	00 
 9c5:	44 89 94 24 0c 02 00 	mov    DWORD PTR [rsp+0x20c],r10d
 9cc:	00 
 9cd:	66 66 90             	data16 xchg ax,ax
 9d0:	c5 f8 77             	vzeroupper
 9d3:	e8 68 95 a8 ff       	call   0xffffffffffa89f40
 9d8:	be e4 ff ff ff       	mov    esi,0xffffffe4
 9dd:	c5 fe 7f 0c 24       	vmovdqu YMMWORD PTR [rsp],ymm1
 9e2:	c5 7e 7f 64 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm12
 9e8:	c5 7e 7f 44 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm8
 9ee:	c5 fe 7f 6c 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm5
 9f4:	44 89 84 24 08 02 00 	mov    DWORD PTR [rsp+0x208],r8d
 9fb:	00 
 9fc:	44 89 94 24 0c 02 00 	mov    DWORD PTR [rsp+0x20c],r10d
 a03:	00 
 a04:	c5 f8 77             	vzeroupper
 a07:	e8 34 95 a8 ff       	call   0xffffffffffa89f40
 a0c:	be e4 ff ff ff       	mov    esi,0xffffffe4
 a11:	c5 7e 7f 24 24       	vmovdqu YMMWORD PTR [rsp],ymm12
 a16:	c5 7e 7f 44 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm8
 a1c:	c5 fe 7f 6c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm5
 a22:	44 89 84 24 08 02 00 	mov    DWORD PTR [rsp+0x208],r8d
 a29:	00 
 a2a:	44 89 94 24 0c 02 00 	mov    DWORD PTR [rsp+0x20c],r10d
 a31:	00 
 a32:	66 90                	xchg   ax,ax
 a34:	c5 f8 77             	vzeroupper
 a37:	e8 04 95 a8 ff       	call   0xffffffffffa89f40
 a3c:	be e4 ff ff ff       	mov    esi,0xffffffe4
 a41:	c5 7e 7f 04 24       	vmovdqu YMMWORD PTR [rsp],ymm8
 a46:	c5 fe 7f 6c 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm5
 a4c:	44 89 84 24 08 02 00 	mov    DWORD PTR [rsp+0x208],r8d
 a53:	00 
 a54:	44 89 94 24 0c 02 00 	mov    DWORD PTR [rsp+0x20c],r10d
 a5b:	00 
 a5c:	c5 f8 77             	vzeroupper
 a5f:	e8 dc 94 a8 ff       	call   0xffffffffffa89f40
 a64:	be e4 ff ff ff       	mov    esi,0xffffffe4
 a69:	c5 fe 7f 2c 24       	vmovdqu YMMWORD PTR [rsp],ymm5
 a6e:	44 89 94 24 08 02 00 	mov    DWORD PTR [rsp+0x208],r10d
 a75:	00 
 a76:	66 90                	xchg   ax,ax
 a78:	c5 f8 77             	vzeroupper
 a7b:	e8 c0 94 a8 ff       	call   0xffffffffffa89f40
 a80:	be cc ff ff ff       	mov    esi,0xffffffcc
 a85:	c5 7e 7f 1c 24       	vmovdqu YMMWORD PTR [rsp],ymm11
 a8a:	c5 7e 7f 54 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm10
 a90:	c5 7e 7f 4c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm9
 a96:	c5 fe 7f 7c 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm7
 a9c:	c5 fe 7f b4 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm6
 aa3:	00 00 
 aa5:	c5 fe 7f a4 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm4
 aac:	00 00 
 aae:	c5 fe 7f 9c 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm3
 ab5:	00 00 
 ab7:	c5 fe 7f 94 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm2
 abe:	00 00 
 ac0:	c5 fe 7f 8c 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm1
 ac7:	00 00 
 ac9:	c5 7e 7f a4 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm12
 ad0:	00 00 
 ad2:	c5 7e 7f 84 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm8
 ad9:	00 00 
 adb:	c5 fe 7f ac 24 60 01 	vmovdqu YMMWORD PTR [rsp+0x160],ymm5
 ae2:	00 00 
 ae4:	44 8b 8c 24 08 02 00 	mov    r9d,DWORD PTR [rsp+0x208]
 aeb:	00 
 aec:	4c 89 9c 24 80 01 00 	mov    QWORD PTR [rsp+0x180],r11
 af3:	00 
 af4:	44 89 8c 24 04 02 00 	mov    DWORD PTR [rsp+0x204],r9d
 afb:	00 
 afc:	44 89 94 24 08 02 00 	mov    DWORD PTR [rsp+0x208],r10d
 b03:	00 
 b04:	c5 f8 77             	vzeroupper
 b07:	e8 34 94 a8 ff       	call   0xffffffffffa89f40
 b0c:	be f6 ff ff ff       	mov    esi,0xfffffff6
 b11:	66 66 90             	data16 xchg ax,ax
 b14:	c5 f8 77             	vzeroupper
 b17:	e8 24 94 a8 ff       	call   0xffffffffffa89f40
 b1c:	49 ba a3 4a f0 dc 87 	movabs r10,0x7f87dcf04aa3
 b23:	7f 00 00 
 b26:	4d 89 97 58 03 00 00 	mov    QWORD PTR [r15+0x358],r10
 b2d:	e9 0e a5 a8 ff       	jmp    0xffffffffffa8b040
 b32:	f4                   	hlt
 b33:	f4                   	hlt
 b34:	f4                   	hlt
 b35:	f4                   	hlt
 b36:	f4                   	hlt
 b37:	f4                   	hlt
 b38:	f4                   	hlt
 b39:	f4                   	hlt
 b3a:	f4                   	hlt
 b3b:	f4                   	hlt
 b3c:	f4                   	hlt
 b3d:	f4                   	hlt
 b3e:	f4                   	hlt
 b3f:	f4                   	hlt
