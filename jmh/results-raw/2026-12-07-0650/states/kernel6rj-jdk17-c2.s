
rj17.bin:     file format binary


Disassembly of section .data:

0000000000000000 <.data>:
   0:	89 84 24 00 c0 fe ff 	mov    DWORD PTR [rsp-0x14000],eax
   7:	55                   	push   rbp
   8:	48 81 ec 90 01 00 00 	sub    rsp,0x190
   f:	44 8b de             	mov    r11d,esi
  12:	c4 41 3d ef c0       	vpxor  ymm8,ymm8,ymm8
  17:	44 8b 94 24 b8 01 00 	mov    r10d,DWORD PTR [rsp+0x1b8]
  1e:	00 
  1f:	45 85 d2             	test   r10d,r10d
  22:	0f 85 34 0b 00 00    	jne    0xb5c
  28:	44 03 d9             	add    r11d,ecx
  2b:	44 89 5c 24 1c       	mov    DWORD PTR [rsp+0x1c],r11d
  30:	41 3b cb             	cmp    ecx,r11d
  33:	0f 8d b8 04 00 00    	jge    0x4f1
  39:	41 8b c0             	mov    eax,r8d
  3c:	c1 e0 02             	shl    eax,0x2
  3f:	41 8b e8             	mov    ebp,r8d
  42:	03 e8                	add    ebp,eax
  44:	41 8b d8             	mov    ebx,r8d
  47:	d1 e3                	shl    ebx,1
  49:	45 8b f0             	mov    r14d,r8d
  4c:	44 03 f3             	add    r14d,ebx
  4f:	44 8b d1             	mov    r10d,ecx
  52:	41 c1 e2 04          	shl    r10d,0x4
  56:	41 2b fa             	sub    edi,r10d
  59:	45 8b 59 0c          	mov    r11d,DWORD PTR [r9+0xc]
  5d:	41 8b f3             	mov    esi,r11d
  60:	83 c6 f9             	add    esi,0xfffffff9
  63:	85 f6                	test   esi,esi
  65:	0f 8c 6f 08 00 00    	jl     0x8da
  6b:	89 2c 24             	mov    DWORD PTR [rsp],ebp
  6e:	89 84 24 b8 01 00 00 	mov    DWORD PTR [rsp+0x1b8],eax
  75:	44 89 84 24 b4 01 00 	mov    DWORD PTR [rsp+0x1b4],r8d
  7c:	00 
  7d:	89 bc 24 ac 01 00 00 	mov    DWORD PTR [rsp+0x1ac],edi
  84:	4c 63 c7             	movsxd r8,edi
  87:	48 63 e9             	movsxd rbp,ecx
  8a:	4d 63 db             	movsxd r11,r11d
  8d:	48 8b fd             	mov    rdi,rbp
  90:	48 c1 e7 04          	shl    rdi,0x4
  94:	49 8b f0             	mov    rsi,r8
  97:	48 03 f7             	add    rsi,rdi
  9a:	49 83 c3 f9          	add    r11,0xfffffffffffffff9
  9e:	49 3b f3             	cmp    rsi,r11
  a1:	0f 83 21 08 00 00    	jae    0x8c8
  a7:	48 63 44 24 1c       	movsxd rax,DWORD PTR [rsp+0x1c]
  ac:	4c 8b e8             	mov    r13,rax
  af:	49 c1 e5 04          	shl    r13,0x4
  b3:	4d 03 c5             	add    r8,r13
  b6:	49 83 c0 f0          	add    r8,0xfffffffffffffff0
  ba:	4d 3b c3             	cmp    r8,r11
  bd:	0f 83 69 08 00 00    	jae    0x92c
  c3:	8b b4 24 ac 01 00 00 	mov    esi,DWORD PTR [rsp+0x1ac]
  ca:	83 c6 08             	add    esi,0x8
  cd:	4c 63 c6             	movsxd r8,esi
  d0:	49 8b f0             	mov    rsi,r8
  d3:	48 03 f7             	add    rsi,rdi
  d6:	49 3b f3             	cmp    rsi,r11
  d9:	0f 83 68 08 00 00    	jae    0x947
  df:	4d 03 c5             	add    r8,r13
  e2:	49 83 c0 f0          	add    r8,0xfffffffffffffff0
  e6:	4d 3b c3             	cmp    r8,r11
  e9:	0f 83 76 08 00 00    	jae    0x965
  ef:	44 8b 5a 0c          	mov    r11d,DWORD PTR [rdx+0xc]
  f3:	41 3b cb             	cmp    ecx,r11d
  f6:	0f 83 87 08 00 00    	jae    0x983
  fc:	4d 63 c3             	movsxd r8,r11d
  ff:	4c 8b d8             	mov    r11,rax
 102:	49 ff cb             	dec    r11
 105:	4d 3b d8             	cmp    r11,r8
 108:	0f 83 93 08 00 00    	jae    0x9a1
 10e:	48 63 bc 24 b4 01 00 	movsxd rdi,DWORD PTR [rsp+0x1b4]
 115:	00 
 116:	4c 8b dd             	mov    r11,rbp
 119:	4c 03 df             	add    r11,rdi
 11c:	4d 3b d8             	cmp    r11,r8
 11f:	0f 83 9a 08 00 00    	jae    0x9bf
 125:	4c 8b d8             	mov    r11,rax
 128:	4c 03 df             	add    r11,rdi
 12b:	49 ff cb             	dec    r11
 12e:	4d 3b d8             	cmp    r11,r8
 131:	0f 83 a6 08 00 00    	jae    0x9dd
 137:	48 63 fb             	movsxd rdi,ebx
 13a:	4c 8b dd             	mov    r11,rbp
 13d:	4c 03 df             	add    r11,rdi
 140:	4d 3b d8             	cmp    r11,r8
 143:	0f 83 b2 08 00 00    	jae    0x9fb
 149:	4c 8b d8             	mov    r11,rax
 14c:	4c 03 df             	add    r11,rdi
 14f:	49 ff cb             	dec    r11
 152:	4d 3b d8             	cmp    r11,r8
 155:	0f 83 be 08 00 00    	jae    0xa19
 15b:	49 63 fe             	movsxd rdi,r14d
 15e:	4c 8b dd             	mov    r11,rbp
 161:	4c 03 df             	add    r11,rdi
 164:	4d 3b d8             	cmp    r11,r8
 167:	0f 83 ca 08 00 00    	jae    0xa37
 16d:	4c 8b d8             	mov    r11,rax
 170:	4c 03 df             	add    r11,rdi
 173:	49 ff cb             	dec    r11
 176:	4d 3b d8             	cmp    r11,r8
 179:	0f 83 d6 08 00 00    	jae    0xa55
 17f:	48 63 bc 24 b8 01 00 	movsxd rdi,DWORD PTR [rsp+0x1b8]
 186:	00 
 187:	4c 8b dd             	mov    r11,rbp
 18a:	4c 03 df             	add    r11,rdi
 18d:	4d 3b d8             	cmp    r11,r8
 190:	0f 83 dd 08 00 00    	jae    0xa73
 196:	4c 8b d8             	mov    r11,rax
 199:	4c 03 df             	add    r11,rdi
 19c:	49 ff cb             	dec    r11
 19f:	4d 3b d8             	cmp    r11,r8
 1a2:	0f 83 e9 08 00 00    	jae    0xa91
 1a8:	4c 63 1c 24          	movsxd r11,DWORD PTR [rsp]
 1ac:	49 03 eb             	add    rbp,r11
 1af:	49 3b e8             	cmp    rbp,r8
 1b2:	0f 83 f7 08 00 00    	jae    0xaaf
 1b8:	49 03 c3             	add    rax,r11
 1bb:	48 ff c8             	dec    rax
 1be:	49 3b c0             	cmp    rax,r8
 1c1:	0f 83 06 09 00 00    	jae    0xacd
 1c7:	41 bb e8 03 00 00    	mov    r11d,0x3e8
 1cd:	33 ff                	xor    edi,edi
 1cf:	c4 c1 7e 6f f8       	vmovdqu ymm7,ymm8
 1d4:	c4 c1 7e 6f f0       	vmovdqu ymm6,ymm8
 1d9:	c4 c1 7e 6f e8       	vmovdqu ymm5,ymm8
 1de:	c5 7e 7f 84 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm8
 1e5:	00 00 
 1e7:	c4 c1 7e 6f e0       	vmovdqu ymm4,ymm8
 1ec:	c4 c1 7e 6f d8       	vmovdqu ymm3,ymm8
 1f1:	c5 7e 7f 84 24 60 01 	vmovdqu YMMWORD PTR [rsp+0x160],ymm8
 1f8:	00 00 
 1fa:	c4 c1 7e 6f d0       	vmovdqu ymm2,ymm8
 1ff:	c4 c1 7e 6f c8       	vmovdqu ymm1,ymm8
 204:	c4 c1 7e 6f c0       	vmovdqu ymm0,ymm8
 209:	c5 7e 7f 84 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm8
 210:	00 00 
 212:	e9 16 01 00 00       	jmp    0x32d
 217:	66 0f 1f 84 00 00 00 	nop    WORD PTR [rax+rax*1+0x0]
 21e:	00 00 
 220:	44 8b d6             	mov    r10d,esi
 223:	c4 62 7d 18 44 8a 10 	vbroadcastss ymm8,DWORD PTR [rdx+rcx*4+0x10]
 22a:	8b c1                	mov    eax,ecx
 22c:	03 84 24 b4 01 00 00 	add    eax,DWORD PTR [rsp+0x1b4]
 233:	c4 62 7d 18 4c 82 10 	vbroadcastss ymm9,DWORD PTR [rdx+rax*4+0x10]
 23a:	8b f1                	mov    esi,ecx
 23c:	03 34 24             	add    esi,DWORD PTR [rsp]
 23f:	c4 62 7d 18 54 b2 10 	vbroadcastss ymm10,DWORD PTR [rdx+rsi*4+0x10]
 246:	44 03 94 24 ac 01 00 	add    r10d,DWORD PTR [rsp+0x1ac]
 24d:	00 
 24e:	8b c1                	mov    eax,ecx
 250:	03 84 24 b8 01 00 00 	add    eax,DWORD PTR [rsp+0x1b8]
 257:	c4 62 7d 18 5c 82 10 	vbroadcastss ymm11,DWORD PTR [rdx+rax*4+0x10]
 25e:	8b f1                	mov    esi,ecx
 260:	41 03 f6             	add    esi,r14d
 263:	c4 62 7d 18 64 b2 10 	vbroadcastss ymm12,DWORD PTR [rdx+rsi*4+0x10]
 26a:	8b c1                	mov    eax,ecx
 26c:	03 c3                	add    eax,ebx
 26e:	c4 62 7d 18 6c 82 10 	vbroadcastss ymm13,DWORD PTR [rdx+rax*4+0x10]
 275:	8b f1                	mov    esi,ecx
 277:	c1 e6 04             	shl    esi,0x4
 27a:	83 c6 10             	add    esi,0x10
 27d:	c4 01 7e 6f 74 91 10 	vmovdqu ymm14,YMMWORD PTR [r9+r10*4+0x10]
 284:	c4 01 7e 6f 7c 91 30 	vmovdqu ymm15,YMMWORD PTR [r9+r10*4+0x30]
 28b:	c4 c2 3d b8 fe       	vfmadd231ps ymm7,ymm8,ymm14
 290:	c4 c2 3d b8 f7       	vfmadd231ps ymm6,ymm8,ymm15
 295:	c4 c2 35 b8 e7       	vfmadd231ps ymm4,ymm9,ymm15
 29a:	c4 c2 35 b8 ee       	vfmadd231ps ymm5,ymm9,ymm14
 29f:	c5 7e 6f 84 24 60 01 	vmovdqu ymm8,YMMWORD PTR [rsp+0x160]
 2a6:	00 00 
 2a8:	c4 42 2d b8 c7       	vfmadd231ps ymm8,ymm10,ymm15
 2ad:	c5 7e 7f 84 24 60 01 	vmovdqu YMMWORD PTR [rsp+0x160],ymm8
 2b4:	00 00 
 2b6:	c5 7e 6f 84 24 40 01 	vmovdqu ymm8,YMMWORD PTR [rsp+0x140]
 2bd:	00 00 
 2bf:	c4 42 2d b8 c6       	vfmadd231ps ymm8,ymm10,ymm14
 2c4:	c5 7e 7f 84 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm8
 2cb:	00 00 
 2cd:	c4 c2 1d b8 c7       	vfmadd231ps ymm0,ymm12,ymm15
 2d2:	c4 c2 1d b8 ce       	vfmadd231ps ymm1,ymm12,ymm14
 2d7:	c4 c2 15 b8 d7       	vfmadd231ps ymm2,ymm13,ymm15
 2dc:	c4 c2 15 b8 de       	vfmadd231ps ymm3,ymm13,ymm14
 2e1:	c5 7e 6f 44 24 20    	vmovdqu ymm8,YMMWORD PTR [rsp+0x20]
 2e7:	c4 42 25 b8 c7       	vfmadd231ps ymm8,ymm11,ymm15
 2ec:	c5 7e 7f 44 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm8
 2f2:	c5 7e 6f 84 24 00 01 	vmovdqu ymm8,YMMWORD PTR [rsp+0x100]
 2f9:	00 00 
 2fb:	c4 42 25 b8 c6       	vfmadd231ps ymm8,ymm11,ymm14
 300:	c5 7e 7f 84 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm8
 307:	00 00 
 309:	ff c1                	inc    ecx
 30b:	41 3b c8             	cmp    ecx,r8d
 30e:	0f 8c 0c ff ff ff    	jl     0x220
 314:	4d 8b 97 48 03 00 00 	mov    r10,QWORD PTR [r15+0x348]
 31b:	41 85 02             	test   DWORD PTR [r10],eax
 31e:	3b 4c 24 1c          	cmp    ecx,DWORD PTR [rsp+0x1c]
 322:	7d 34                	jge    0x358
 324:	44 8b d6             	mov    r10d,esi
 327:	c5 7e 6f 44 24 20    	vmovdqu ymm8,YMMWORD PTR [rsp+0x20]
 32d:	44 8b 44 24 1c       	mov    r8d,DWORD PTR [rsp+0x1c]
 332:	44 2b c1             	sub    r8d,ecx
 335:	8b 74 24 1c          	mov    esi,DWORD PTR [rsp+0x1c]
 339:	3b f1                	cmp    esi,ecx
 33b:	44 0f 4c c7          	cmovl  r8d,edi
 33f:	41 81 f8 e8 03 00 00 	cmp    r8d,0x3e8
 346:	45 0f 47 c3          	cmova  r8d,r11d
 34a:	44 03 c1             	add    r8d,ecx
 34d:	c5 7e 7f 44 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm8
 353:	e9 cb fe ff ff       	jmp    0x223
 358:	c5 7e 6f 44 24 20    	vmovdqu ymm8,YMMWORD PTR [rsp+0x20]
 35e:	4c 8b 9c 24 a0 01 00 	mov    r11,QWORD PTR [rsp+0x1a0]
 365:	00 
 366:	45 8b 53 0c          	mov    r10d,DWORD PTR [r11+0xc]
 36a:	41 83 c2 f9          	add    r10d,0xfffffff9
 36e:	45 85 d2             	test   r10d,r10d
 371:	0f 8c 74 07 00 00    	jl     0xaeb
 377:	44 8b 84 24 a8 01 00 	mov    r8d,DWORD PTR [rsp+0x1a8]
 37e:	00 
 37f:	45 3b c2             	cmp    r8d,r10d
 382:	0f 83 b1 01 00 00    	jae    0x539
 388:	41 8b e8             	mov    ebp,r8d
 38b:	83 c5 08             	add    ebp,0x8
 38e:	4d 63 c8             	movsxd r9,r8d
 391:	c4 81 7e 7f 7c 8b 10 	vmovdqu YMMWORD PTR [r11+r9*4+0x10],ymm7
 398:	41 3b ea             	cmp    ebp,r10d
 39b:	0f 83 0f 02 00 00    	jae    0x5b0
 3a1:	c4 81 7e 7f 74 8b 30 	vmovdqu YMMWORD PTR [r11+r9*4+0x30],ymm6
 3a8:	8b ac 24 b0 01 00 00 	mov    ebp,DWORD PTR [rsp+0x1b0]
 3af:	41 03 e8             	add    ebp,r8d
 3b2:	41 3b ea             	cmp    ebp,r10d
 3b5:	0f 83 81 02 00 00    	jae    0x63c
 3bb:	83 c5 08             	add    ebp,0x8
 3be:	48 63 8c 24 b0 01 00 	movsxd rcx,DWORD PTR [rsp+0x1b0]
 3c5:	00 
 3c6:	49 03 c9             	add    rcx,r9
 3c9:	c4 c1 7e 7f 6c 8b 10 	vmovdqu YMMWORD PTR [r11+rcx*4+0x10],ymm5
 3d0:	41 3b ea             	cmp    ebp,r10d
 3d3:	0f 83 d3 02 00 00    	jae    0x6ac
 3d9:	c4 c1 7e 7f 64 8b 30 	vmovdqu YMMWORD PTR [r11+rcx*4+0x30],ymm4
 3e0:	8b 8c 24 b0 01 00 00 	mov    ecx,DWORD PTR [rsp+0x1b0]
 3e7:	d1 e1                	shl    ecx,1
 3e9:	41 8b e8             	mov    ebp,r8d
 3ec:	03 e9                	add    ebp,ecx
 3ee:	41 3b ea             	cmp    ebp,r10d
 3f1:	0f 83 1d 03 00 00    	jae    0x714
 3f7:	83 c5 08             	add    ebp,0x8
 3fa:	48 63 d9             	movsxd rbx,ecx
 3fd:	49 03 d9             	add    rbx,r9
 400:	c4 c1 7e 7f 5c 9b 10 	vmovdqu YMMWORD PTR [r11+rbx*4+0x10],ymm3
 407:	41 3b ea             	cmp    ebp,r10d
 40a:	0f 83 50 03 00 00    	jae    0x760
 410:	c4 c1 7e 7f 54 9b 30 	vmovdqu YMMWORD PTR [r11+rbx*4+0x30],ymm2
 417:	8b bc 24 b0 01 00 00 	mov    edi,DWORD PTR [rsp+0x1b0]
 41e:	03 f9                	add    edi,ecx
 420:	41 8b e8             	mov    ebp,r8d
 423:	03 ef                	add    ebp,edi
 425:	41 3b ea             	cmp    ebp,r10d
 428:	0f 83 7a 03 00 00    	jae    0x7a8
 42e:	83 c5 08             	add    ebp,0x8
 431:	48 63 cf             	movsxd rcx,edi
 434:	49 03 c9             	add    rcx,r9
 437:	c4 c1 7e 7f 4c 8b 10 	vmovdqu YMMWORD PTR [r11+rcx*4+0x10],ymm1
 43e:	41 3b ea             	cmp    ebp,r10d
 441:	0f 83 9d 03 00 00    	jae    0x7e4
 447:	c4 c1 7e 7f 44 8b 30 	vmovdqu YMMWORD PTR [r11+rcx*4+0x30],ymm0
 44e:	8b 8c 24 b0 01 00 00 	mov    ecx,DWORD PTR [rsp+0x1b0]
 455:	c1 e1 02             	shl    ecx,0x2
 458:	41 8b e8             	mov    ebp,r8d
 45b:	03 e9                	add    ebp,ecx
 45d:	41 3b ea             	cmp    ebp,r10d
 460:	0f 83 b6 03 00 00    	jae    0x81c
 466:	83 c5 08             	add    ebp,0x8
 469:	48 63 d9             	movsxd rbx,ecx
 46c:	49 03 d9             	add    rbx,r9
 46f:	c5 fe 6f 84 24 00 01 	vmovdqu ymm0,YMMWORD PTR [rsp+0x100]
 476:	00 00 
 478:	c4 c1 7e 7f 44 9b 10 	vmovdqu YMMWORD PTR [r11+rbx*4+0x10],ymm0
 47f:	41 3b ea             	cmp    ebp,r10d
 482:	0f 83 c8 03 00 00    	jae    0x850
 488:	c4 41 7e 7f 44 9b 30 	vmovdqu YMMWORD PTR [r11+rbx*4+0x30],ymm8
 48f:	8b bc 24 b0 01 00 00 	mov    edi,DWORD PTR [rsp+0x1b0]
 496:	03 f9                	add    edi,ecx
 498:	41 8b e8             	mov    ebp,r8d
 49b:	03 ef                	add    ebp,edi
 49d:	41 3b ea             	cmp    ebp,r10d
 4a0:	0f 83 de 03 00 00    	jae    0x884
 4a6:	83 c5 08             	add    ebp,0x8
 4a9:	4c 63 c7             	movsxd r8,edi
 4ac:	4d 03 c1             	add    r8,r9
 4af:	c5 fe 6f 84 24 40 01 	vmovdqu ymm0,YMMWORD PTR [rsp+0x140]
 4b6:	00 00 
 4b8:	c4 81 7e 7f 44 83 10 	vmovdqu YMMWORD PTR [r11+r8*4+0x10],ymm0
 4bf:	41 3b ea             	cmp    ebp,r10d
 4c2:	0f 83 e8 03 00 00    	jae    0x8b0
 4c8:	c5 fe 6f 84 24 60 01 	vmovdqu ymm0,YMMWORD PTR [rsp+0x160]
 4cf:	00 00 
 4d1:	c4 81 7e 7f 44 83 30 	vmovdqu YMMWORD PTR [r11+r8*4+0x30],ymm0
 4d8:	c5 f8 77             	vzeroupper
 4db:	48 81 c4 90 01 00 00 	add    rsp,0x190
 4e2:	5d                   	pop    rbp
 4e3:	49 3b a7 40 03 00 00 	cmp    rsp,QWORD PTR [r15+0x340]
 4ea:	0f 87 d6 06 00 00    	ja     0xbc6
 4f0:	c3                   	ret
 4f1:	c5 7e 7f 84 24 60 01 	vmovdqu YMMWORD PTR [rsp+0x160],ymm8
 4f8:	00 00 
 4fa:	c5 7e 7f 84 24 40 01 	vmovdqu YMMWORD PTR [rsp+0x140],ymm8
 501:	00 00 
 503:	c5 7e 7f 84 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm8
 50a:	00 00 
 50c:	c4 c1 7e 6f c0       	vmovdqu ymm0,ymm8
 511:	c4 c1 7e 6f c8       	vmovdqu ymm1,ymm8
 516:	c4 c1 7e 6f d0       	vmovdqu ymm2,ymm8
 51b:	c4 c1 7e 6f d8       	vmovdqu ymm3,ymm8
 520:	c4 c1 7e 6f e0       	vmovdqu ymm4,ymm8
 525:	c4 c1 7e 6f e8       	vmovdqu ymm5,ymm8
 52a:	c4 c1 7e 6f f0       	vmovdqu ymm6,ymm8
 52f:	c4 c1 7e 6f f8       	vmovdqu ymm7,ymm8
 534:	e9 25 fe ff ff       	jmp    0x35e
 539:	be e4 ff ff ff       	mov    esi,0xffffffe4
 53e:	8b 8c 24 b0 01 00 00 	mov    ecx,DWORD PTR [rsp+0x1b0]
 545:	89 8c 24 a4 01 00 00 	mov    DWORD PTR [rsp+0x1a4],ecx
 54c:	4c 89 9c 24 a8 01 00 	mov    QWORD PTR [rsp+0x1a8],r11
 553:	00 
 554:	44 89 84 24 b0 01 00 	mov    DWORD PTR [rsp+0x1b0],r8d
 55b:	00 
 55c:	c5 fe 7f 3c 24       	vmovdqu YMMWORD PTR [rsp],ymm7
 561:	c5 fe 7f 74 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm6
 567:	c5 fe 7f 6c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm5
 56d:	c5 fe 7f 64 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm4
 573:	c5 fe 7f 9c 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm3
 57a:	00 00 
 57c:	c5 fe 7f 94 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm2
 583:	00 00 
 585:	c5 fe 7f 8c 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm1
 58c:	00 00 
 58e:	c5 fe 7f 84 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm0
 595:	00 00 
 597:	c5 7e 7f 84 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm8
 59e:	00 00 
 5a0:	44 89 94 24 b4 01 00 	mov    DWORD PTR [rsp+0x1b4],r10d
 5a7:	00 
 5a8:	c5 f8 77             	vzeroupper
 5ab:	e8 30 a3 a8 ff       	call   0xffffffffffa8a8e0
 5b0:	be e4 ff ff ff       	mov    esi,0xffffffe4
 5b5:	44 8b 8c 24 b0 01 00 	mov    r9d,DWORD PTR [rsp+0x1b0]
 5bc:	00 
 5bd:	44 89 8c 24 a8 01 00 	mov    DWORD PTR [rsp+0x1a8],r9d
 5c4:	00 
 5c5:	c5 fe 7f 34 24       	vmovdqu YMMWORD PTR [rsp],ymm6
 5ca:	c5 fe 7f 6c 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm5
 5d0:	c5 fe 7f 64 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm4
 5d6:	c5 fe 7f 5c 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm3
 5dc:	c5 fe 7f 94 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm2
 5e3:	00 00 
 5e5:	c5 fe 7f 8c 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm1
 5ec:	00 00 
 5ee:	c5 fe 7f 84 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm0
 5f5:	00 00 
 5f7:	c5 fe 6f 84 24 00 01 	vmovdqu ymm0,YMMWORD PTR [rsp+0x100]
 5fe:	00 00 
 600:	c5 fe 7f 84 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm0
 607:	00 00 
 609:	c5 7e 7f 84 24 00 01 	vmovdqu YMMWORD PTR [rsp+0x100],ymm8
 610:	00 00 
 612:	c5 fe 6f 84 24 40 01 	vmovdqu ymm0,YMMWORD PTR [rsp+0x140]
 619:	00 00 
 61b:	c5 fe 7f 84 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm0
 622:	00 00 
 624:	44 89 84 24 ac 01 00 	mov    DWORD PTR [rsp+0x1ac],r8d
 62b:	00 
 62c:	44 89 94 24 b8 01 00 	mov    DWORD PTR [rsp+0x1b8],r10d
 633:	00 
 634:	c5 f8 77             	vzeroupper
 637:	e8 a4 a2 a8 ff       	call   0xffffffffffa8a8e0
 63c:	be e4 ff ff ff       	mov    esi,0xffffffe4
 641:	8b 8c 24 b0 01 00 00 	mov    ecx,DWORD PTR [rsp+0x1b0]
 648:	89 8c 24 a8 01 00 00 	mov    DWORD PTR [rsp+0x1a8],ecx
 64f:	c5 fe 7f 2c 24       	vmovdqu YMMWORD PTR [rsp],ymm5
 654:	c5 fe 7f 64 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm4
 65a:	c5 fe 7f 5c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm3
 660:	c5 fe 7f 54 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm2
 666:	c5 fe 7f 8c 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm1
 66d:	00 00 
 66f:	c5 fe 7f 84 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm0
 676:	00 00 
 678:	c5 fe 6f 84 24 00 01 	vmovdqu ymm0,YMMWORD PTR [rsp+0x100]
 67f:	00 00 
 681:	c5 fe 7f 84 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm0
 688:	00 00 
 68a:	c5 7e 7f 84 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm8
 691:	00 00 
 693:	44 89 84 24 ac 01 00 	mov    DWORD PTR [rsp+0x1ac],r8d
 69a:	00 
 69b:	44 89 94 24 b8 01 00 	mov    DWORD PTR [rsp+0x1b8],r10d
 6a2:	00 
 6a3:	90                   	nop
 6a4:	c5 f8 77             	vzeroupper
 6a7:	e8 34 a2 a8 ff       	call   0xffffffffffa8a8e0
 6ac:	be e4 ff ff ff       	mov    esi,0xffffffe4
 6b1:	44 8b 8c 24 b0 01 00 	mov    r9d,DWORD PTR [rsp+0x1b0]
 6b8:	00 
 6b9:	44 89 8c 24 a8 01 00 	mov    DWORD PTR [rsp+0x1a8],r9d
 6c0:	00 
 6c1:	c5 fe 7f 24 24       	vmovdqu YMMWORD PTR [rsp],ymm4
 6c6:	c5 fe 7f 5c 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm3
 6cc:	c5 fe 7f 54 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm2
 6d2:	c5 fe 7f 4c 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm1
 6d8:	c5 fe 7f 84 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm0
 6df:	00 00 
 6e1:	c5 fe 6f 84 24 00 01 	vmovdqu ymm0,YMMWORD PTR [rsp+0x100]
 6e8:	00 00 
 6ea:	c5 fe 7f 84 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm0
 6f1:	00 00 
 6f3:	c5 7e 7f 84 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm8
 6fa:	00 00 
 6fc:	44 89 84 24 ac 01 00 	mov    DWORD PTR [rsp+0x1ac],r8d
 703:	00 
 704:	44 89 94 24 b8 01 00 	mov    DWORD PTR [rsp+0x1b8],r10d
 70b:	00 
 70c:	c5 f8 77             	vzeroupper
 70f:	e8 cc a1 a8 ff       	call   0xffffffffffa8a8e0
 714:	be e4 ff ff ff       	mov    esi,0xffffffe4
 719:	8b 8c 24 b0 01 00 00 	mov    ecx,DWORD PTR [rsp+0x1b0]
 720:	89 8c 24 a8 01 00 00 	mov    DWORD PTR [rsp+0x1a8],ecx
 727:	c5 fe 7f 1c 24       	vmovdqu YMMWORD PTR [rsp],ymm3
 72c:	c5 fe 7f 54 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm2
 732:	c5 fe 7f 4c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm1
 738:	c5 fe 7f 44 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm0
 73e:	c5 7e 7f 84 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm8
 745:	00 00 
 747:	44 89 84 24 ac 01 00 	mov    DWORD PTR [rsp+0x1ac],r8d
 74e:	00 
 74f:	44 89 94 24 b8 01 00 	mov    DWORD PTR [rsp+0x1b8],r10d
 756:	00 
 757:	90                   	nop
 758:	c5 f8 77             	vzeroupper
 75b:	e8 80 a1 a8 ff       	call   0xffffffffffa8a8e0
 760:	be e4 ff ff ff       	mov    esi,0xffffffe4
 765:	44 8b 8c 24 b0 01 00 	mov    r9d,DWORD PTR [rsp+0x1b0]
 76c:	00 
 76d:	44 89 8c 24 a8 01 00 	mov    DWORD PTR [rsp+0x1a8],r9d
 774:	00 
 775:	c5 fe 7f 14 24       	vmovdqu YMMWORD PTR [rsp],ymm2
 77a:	c5 fe 7f 4c 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm1
 780:	c5 fe 7f 44 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm0
 786:	c5 7e 7f 84 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm8
 78d:	00 00 
 78f:	44 89 84 24 ac 01 00 	mov    DWORD PTR [rsp+0x1ac],r8d
 796:	00 
 797:	44 89 94 24 b8 01 00 	mov    DWORD PTR [rsp+0x1b8],r10d
 79e:	00 
 79f:	90                   	nop
 7a0:	c5 f8 77             	vzeroupper
 7a3:	e8 38 a1 a8 ff       	call   0xffffffffffa8a8e0
 7a8:	be e4 ff ff ff       	mov    esi,0xffffffe4
 7ad:	8b 8c 24 b0 01 00 00 	mov    ecx,DWORD PTR [rsp+0x1b0]
 7b4:	89 8c 24 a8 01 00 00 	mov    DWORD PTR [rsp+0x1a8],ecx
 7bb:	c5 fe 7f 0c 24       	vmovdqu YMMWORD PTR [rsp],ymm1
 7c0:	c5 fe 7f 44 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm0
 7c6:	c5 7e 7f 44 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm8
 7cc:	44 89 84 24 ac 01 00 	mov    DWORD PTR [rsp+0x1ac],r8d
 7d3:	00 
 7d4:	44 89 94 24 b8 01 00 	mov    DWORD PTR [rsp+0x1b8],r10d
 7db:	00 
 7dc:	c5 f8 77             	vzeroupper
 7df:	e8 fc a0 a8 ff       	call   0xffffffffffa8a8e0
 7e4:	be e4 ff ff ff       	mov    esi,0xffffffe4
 7e9:	44 8b 8c 24 b0 01 00 	mov    r9d,DWORD PTR [rsp+0x1b0]
 7f0:	00 
 7f1:	44 89 8c 24 a8 01 00 	mov    DWORD PTR [rsp+0x1a8],r9d
 7f8:	00 
 7f9:	c5 fe 7f 04 24       	vmovdqu YMMWORD PTR [rsp],ymm0
 7fe:	c5 7e 7f 44 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm8
 804:	44 89 84 24 ac 01 00 	mov    DWORD PTR [rsp+0x1ac],r8d
 80b:	00 
 80c:	44 89 94 24 b8 01 00 	mov    DWORD PTR [rsp+0x1b8],r10d
 813:	00 
 814:	c5 f8 77             	vzeroupper
 817:	e8 c4 a0 a8 ff       	call   0xffffffffffa8a8e0
 81c:	be e4 ff ff ff       	mov    esi,0xffffffe4
 821:	8b 8c 24 b0 01 00 00 	mov    ecx,DWORD PTR [rsp+0x1b0]
 828:	89 8c 24 a8 01 00 00 	mov    DWORD PTR [rsp+0x1a8],ecx
 82f:	c5 7e 7f 44 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm8
 835:	44 89 84 24 ac 01 00 	mov    DWORD PTR [rsp+0x1ac],r8d
 83c:	00 
 83d:	44 89 94 24 b8 01 00 	mov    DWORD PTR [rsp+0x1b8],r10d
 844:	00 
 845:	66 66 90             	data16 xchg ax,ax
 848:	c5 f8 77             	vzeroupper
 84b:	e8 90 a0 a8 ff       	call   0xffffffffffa8a8e0
 850:	be e4 ff ff ff       	mov    esi,0xffffffe4
 855:	44 8b 8c 24 b0 01 00 	mov    r9d,DWORD PTR [rsp+0x1b0]
 85c:	00 
 85d:	44 89 8c 24 a8 01 00 	mov    DWORD PTR [rsp+0x1a8],r9d
 864:	00 
 865:	c5 7e 7f 04 24       	vmovdqu YMMWORD PTR [rsp],ymm8
 86a:	44 89 84 24 ac 01 00 	mov    DWORD PTR [rsp+0x1ac],r8d
 871:	00 
 872:	44 89 94 24 b8 01 00 	mov    DWORD PTR [rsp+0x1b8],r10d
 879:	00 
 87a:	66 90                	xchg   ax,ax
 87c:	c5 f8 77             	vzeroupper
 87f:	e8 5c a0 a8 ff       	call   0xffffffffffa8a8e0
 884:	be e4 ff ff ff       	mov    esi,0xffffffe4
 889:	8b 8c 24 b0 01 00 00 	mov    ecx,DWORD PTR [rsp+0x1b0]
 890:	89 8c 24 a8 01 00 00 	mov    DWORD PTR [rsp+0x1a8],ecx
 897:	44 89 84 24 ac 01 00 	mov    DWORD PTR [rsp+0x1ac],r8d
 89e:	00 
 89f:	44 89 94 24 b8 01 00 	mov    DWORD PTR [rsp+0x1b8],r10d
 8a6:	00 
 8a7:	90                   	nop
 8a8:	c5 f8 77             	vzeroupper
 8ab:	e8 30 a0 a8 ff       	call   0xffffffffffa8a8e0
 8b0:	be e4 ff ff ff       	mov    esi,0xffffffe4
 8b5:	44 89 94 24 a8 01 00 	mov    DWORD PTR [rsp+0x1a8],r10d
 8bc:	00 
 8bd:	66 66 90             	data16 xchg ax,ax
 8c0:	c5 f8 77             	vzeroupper
 8c3:	e8 18 a0 a8 ff       	call   0xffffffffffa8a8e0
 8c8:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 8cf:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 8d6:	00 
 8d7:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 8da:	be 76 ff ff ff       	mov    esi,0xffffff76
 8df:	48 89 14 24          	mov    QWORD PTR [rsp],rdx
 8e3:	4c 89 4c 24 08       	mov    QWORD PTR [rsp+0x8],r9
 8e8:	44 8b 94 24 b0 01 00 	mov    r10d,DWORD PTR [rsp+0x1b0]
 8ef:	00 
 8f0:	44 89 94 24 ac 01 00 	mov    DWORD PTR [rsp+0x1ac],r10d
 8f7:	00 
 8f8:	44 89 84 24 b0 01 00 	mov    DWORD PTR [rsp+0x1b0],r8d
 8ff:	00 
 900:	89 9c 24 b4 01 00 00 	mov    DWORD PTR [rsp+0x1b4],ebx
 907:	44 89 b4 24 b8 01 00 	mov    DWORD PTR [rsp+0x1b8],r14d
 90e:	00 
 90f:	89 44 24 10          	mov    DWORD PTR [rsp+0x10],eax
 913:	89 7c 24 14          	mov    DWORD PTR [rsp+0x14],edi
 917:	89 4c 24 20          	mov    DWORD PTR [rsp+0x20],ecx
 91b:	c5 7e 7f 44 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm8
 921:	66 66 90             	data16 xchg ax,ax
 924:	c5 f8 77             	vzeroupper
 927:	e8 b4 9f a8 ff       	call   0xffffffffffa8a8e0
 92c:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 933:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 93a:	00 
 93b:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 942:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 945:	eb 93                	jmp    0x8da
 947:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 94e:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 955:	00 
 956:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 95d:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 960:	e9 75 ff ff ff       	jmp    0x8da
 965:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 96c:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 973:	00 
 974:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 97b:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 97e:	e9 57 ff ff ff       	jmp    0x8da
 983:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 98a:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 991:	00 
 992:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 999:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 99c:	e9 39 ff ff ff       	jmp    0x8da
 9a1:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 9a8:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 9af:	00 
 9b0:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 9b7:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 9ba:	e9 1b ff ff ff       	jmp    0x8da
 9bf:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 9c6:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 9cd:	00 
 9ce:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 9d5:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 9d8:	e9 fd fe ff ff       	jmp    0x8da
 9dd:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 9e4:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 9eb:	00 
 9ec:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 9f3:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 9f6:	e9 df fe ff ff       	jmp    0x8da
 9fb:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 a02:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 a09:	00 
 a0a:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 a11:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 a14:	e9 c1 fe ff ff       	jmp    0x8da
 a19:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 a20:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 a27:	00 
 a28:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 a2f:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 a32:	e9 a3 fe ff ff       	jmp    0x8da
 a37:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 a3e:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 a45:	00 
 a46:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 a4d:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 a50:	e9 85 fe ff ff       	jmp    0x8da
 a55:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 a5c:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 a63:	00 
 a64:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 a6b:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 a6e:	e9 67 fe ff ff       	jmp    0x8da
 a73:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 a7a:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 a81:	00 
 a82:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 a89:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 a8c:	e9 49 fe ff ff       	jmp    0x8da
 a91:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 a98:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 a9f:	00 
 aa0:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 aa7:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 aaa:	e9 2b fe ff ff       	jmp    0x8da
 aaf:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 ab6:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 abd:	00 
 abe:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 ac5:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 ac8:	e9 0d fe ff ff       	jmp    0x8da
 acd:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 ad4:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 adb:	00 
 adc:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 ae3:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 ae6:	e9 ef fd ff ff       	jmp    0x8da
 aeb:	be cc ff ff ff       	mov    esi,0xffffffcc
 af0:	44 8b 8c 24 b0 01 00 	mov    r9d,DWORD PTR [rsp+0x1b0]
 af7:	00 
 af8:	44 89 8c 24 a4 01 00 	mov    DWORD PTR [rsp+0x1a4],r9d
 aff:	00 
 b00:	4c 89 9c 24 b0 01 00 	mov    QWORD PTR [rsp+0x1b0],r11
 b07:	00 
 b08:	c5 fe 7f 3c 24       	vmovdqu YMMWORD PTR [rsp],ymm7
 b0d:	c5 fe 7f 74 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm6
 b13:	c5 fe 7f 6c 24 40    	vmovdqu YMMWORD PTR [rsp+0x40],ymm5
 b19:	c5 fe 7f 64 24 60    	vmovdqu YMMWORD PTR [rsp+0x60],ymm4
 b1f:	c5 fe 7f 9c 24 80 00 	vmovdqu YMMWORD PTR [rsp+0x80],ymm3
 b26:	00 00 
 b28:	c5 fe 7f 94 24 a0 00 	vmovdqu YMMWORD PTR [rsp+0xa0],ymm2
 b2f:	00 00 
 b31:	c5 fe 7f 8c 24 c0 00 	vmovdqu YMMWORD PTR [rsp+0xc0],ymm1
 b38:	00 00 
 b3a:	c5 fe 7f 84 24 e0 00 	vmovdqu YMMWORD PTR [rsp+0xe0],ymm0
 b41:	00 00 
 b43:	c5 7e 7f 84 24 20 01 	vmovdqu YMMWORD PTR [rsp+0x120],ymm8
 b4a:	00 00 
 b4c:	44 89 94 24 ac 01 00 	mov    DWORD PTR [rsp+0x1ac],r10d
 b53:	00 
 b54:	c5 f8 77             	vzeroupper
 b57:	e8 84 9d a8 ff       	call   0xffffffffffa8a8e0
 b5c:	be 45 ff ff ff       	mov    esi,0xffffff45
 b61:	41 8b eb             	mov    ebp,r11d
 b64:	48 89 14 24          	mov    QWORD PTR [rsp],rdx
 b68:	89 8c 24 ac 01 00 00 	mov    DWORD PTR [rsp+0x1ac],ecx
 b6f:	44 89 84 24 b4 01 00 	mov    DWORD PTR [rsp+0x1b4],r8d
 b76:	00 
 b77:	4c 89 4c 24 08       	mov    QWORD PTR [rsp+0x8],r9
 b7c:	89 bc 24 b8 01 00 00 	mov    DWORD PTR [rsp+0x1b8],edi
 b83:	c5 7e 7f 44 24 20    	vmovdqu YMMWORD PTR [rsp+0x20],ymm8
 b89:	44 89 54 24 14       	mov    DWORD PTR [rsp+0x14],r10d
 b8e:	66 90                	xchg   ax,ax
 b90:	c5 f8 77             	vzeroupper
 b93:	e8 48 9d a8 ff       	call   0xffffffffffa8a8e0
 b98:	be f6 ff ff ff       	mov    esi,0xfffffff6
 b9d:	66 66 90             	data16 xchg ax,ax
 ba0:	c5 f8 77             	vzeroupper
 ba3:	e8 38 9d a8 ff       	call   0xffffffffffa8a8e0
 ba8:	8b bc 24 ac 01 00 00 	mov    edi,DWORD PTR [rsp+0x1ac]
 baf:	44 8b 84 24 b4 01 00 	mov    r8d,DWORD PTR [rsp+0x1b4]
 bb6:	00 
 bb7:	8b 84 24 b8 01 00 00 	mov    eax,DWORD PTR [rsp+0x1b8]
 bbe:	8b 2c 24             	mov    ebp,DWORD PTR [rsp]
 bc1:	e9 14 fd ff ff       	jmp    0x8da
 bc6:	49 ba 03 42 f0 80 0d 	movabs r10,0x7f0d80f04203
 bcd:	7f 00 00 
 bd0:	4d 89 97 58 03 00 00 	mov    QWORD PTR [r15+0x358],r10
 bd7:	e9 04 ae a8 ff       	jmp    0xffffffffffa8b9e0
 bdc:	f4                   	hlt
 bdd:	f4                   	hlt
 bde:	f4                   	hlt
 bdf:	f4                   	hlt
