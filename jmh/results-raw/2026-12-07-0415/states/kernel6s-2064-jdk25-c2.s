
k6s.bin:     file format binary


Disassembly of section .data:

0000000000000000 <.data>:
   0:	89 84 24 00 c0 fe ff 	mov    DWORD PTR [rsp-0x14000],eax
   7:	55                   	push   rbp
   8:	48 81 ec 00 02 00 00 	sub    rsp,0x200
   f:	90                   	nop
  10:	41 81 7f 20 00 00 00 	cmp    DWORD PTR [r15+0x20],0x0
  17:	00 
  18:	0f 85 4c 0a 00 00    	jne    0xa6a
  1e:	4c 8b ef             	mov    r13,rdi
  21:	44 8b d6             	mov    r10d,esi
  24:	c5 e8 57 d2          	vxorps xmm2,xmm2,xmm2
  28:	44 8b 9c 24 20 02 00 	mov    r11d,DWORD PTR [rsp+0x220]
  2f:	00 
  30:	45 85 db             	test   r11d,r11d
  33:	0f 85 07 05 00 00    	jne    0x540
  39:	41 c1 e2 04          	shl    r10d,0x4
  3d:	45 03 d1             	add    r10d,r9d
  40:	45 3b ca             	cmp    r9d,r10d
  43:	0f 8d 53 04 00 00    	jge    0x49c
  49:	41 8b 58 0c          	mov    ebx,DWORD PTR [r8+0xc]
  4d:	44 8d 5b f9          	lea    r11d,[rbx-0x7]
  51:	45 85 db             	test   r11d,r11d
  54:	0f 8c 73 04 00 00    	jl     0x4cd
  5a:	45 3b cb             	cmp    r9d,r11d
  5d:	0f 83 6a 04 00 00    	jae    0x4cd
  63:	48 63 db             	movsxd rbx,ebx
  66:	49 63 f9             	movsxd rdi,r9d
  69:	48 83 c3 f9          	add    rbx,0xfffffffffffffff9
  6d:	4d 63 da             	movsxd r11,r10d
  70:	4c 2b df             	sub    r11,rdi
  73:	49 83 c3 0f          	add    r11,0xf
  77:	49 83 e3 f0          	and    r11,0xfffffffffffffff0
  7b:	45 8b db             	mov    r11d,r11d
  7e:	45 03 d9             	add    r11d,r9d
  81:	4d 63 db             	movsxd r11,r11d
  84:	49 8d 73 f0          	lea    rsi,[r11-0x10]
  88:	48 3b f3             	cmp    rsi,rbx
  8b:	0f 83 3c 04 00 00    	jae    0x4cd
  91:	48 83 c7 08          	add    rdi,0x8
  95:	48 3b fb             	cmp    rdi,rbx
  98:	0f 83 2f 04 00 00    	jae    0x4cd
  9e:	49 83 c3 f8          	add    r11,0xfffffffffffffff8
  a2:	4c 3b db             	cmp    r11,rbx
  a5:	0f 83 22 04 00 00    	jae    0x4cd
  ab:	44 8b 5a 0c          	mov    r11d,DWORD PTR [rdx+0xc]
  af:	41 81 fa f0 ff ff 7f 	cmp    r10d,0x7ffffff0
  b6:	0f 8f 4c 04 00 00    	jg     0x508
  bc:	bd 80 3e 00 00       	mov    ebp,0x3e80
  c1:	33 f6                	xor    esi,esi
  c3:	c5 7e 6f ea          	vmovdqu ymm13,ymm2
  c7:	c5 7e 6f e2          	vmovdqu ymm12,ymm2
  cb:	c5 7e 6f da          	vmovdqu ymm11,ymm2
  cf:	c5 7e 6f d2          	vmovdqu ymm10,ymm2
  d3:	c5 7e 6f ca          	vmovdqu ymm9,ymm2
  d7:	c5 7e 6f c2          	vmovdqu ymm8,ymm2
  db:	c5 fe 6f fa          	vmovdqu ymm7,ymm2
  df:	c5 fe 6f f2          	vmovdqu ymm6,ymm2
  e3:	c5 fe 6f ea          	vmovdqu ymm5,ymm2
  e7:	c5 fe 6f e2          	vmovdqu ymm4,ymm2
  eb:	c5 fe 6f da          	vmovdqu ymm3,ymm2
  ef:	41 8b fa             	mov    edi,r10d
  f2:	41 2b f9             	sub    edi,r9d
  f5:	45 3b d1             	cmp    r10d,r9d
  f8:	0f 4c fe             	cmovl  edi,esi
  fb:	81 ff 80 3e 00 00    	cmp    edi,0x3e80
 101:	0f 47 fd             	cmova  edi,ebp
 104:	41 03 f9             	add    edi,r9d
 107:	66 0f 1f 84 00 00 00 	nop    WORD PTR [rax+rax*1+0x0]
 10e:	00 00 
 110:	41 8b d9             	mov    ebx,r9d
 113:	c4 41 7c 10 74 98 30 	vmovups ymm14,YMMWORD PTR [r8+rbx*4+0x30]
 11a:	c4 41 7c 10 7c 98 10 	vmovups ymm15,YMMWORD PTR [r8+rbx*4+0x10]
 121:	41 3b cb             	cmp    ecx,r11d
 124:	0f 83 0f 02 00 00    	jae    0x339
 12a:	c4 e2 7d 18 44 8a 10 	vbroadcastss ymm0,DWORD PTR [rdx+rcx*4+0x10]
 131:	c4 42 7d b8 e6       	vfmadd231ps ymm12,ymm0,ymm14
 136:	c4 42 7d b8 ef       	vfmadd231ps ymm13,ymm0,ymm15
 13b:	8d 81 50 28 00 00    	lea    eax,[rcx+0x2850]
 141:	41 3b c3             	cmp    eax,r11d
 144:	0f 83 9a 02 00 00    	jae    0x3e4
 14a:	48 63 c1             	movsxd rax,ecx
 14d:	c4 e2 7d 18 84 82 10 	vbroadcastss ymm0,DWORD PTR [rdx+rax*4+0x8110]
 154:	81 00 00 
 157:	ff c1                	inc    ecx
 159:	c4 c2 7d b8 df       	vfmadd231ps ymm3,ymm0,ymm15
 15e:	c4 c2 7d b8 d6       	vfmadd231ps ymm2,ymm0,ymm14
 163:	c4 e2 7d 18 84 82 50 	vbroadcastss ymm0,DWORD PTR [rdx+rax*4+0xa150]
 16a:	a1 00 00 
 16d:	c4 e2 7d 18 8c 82 90 	vbroadcastss ymm1,DWORD PTR [rdx+rax*4+0x4090]
 174:	40 00 00 
 177:	c4 42 7d b8 d7       	vfmadd231ps ymm10,ymm0,ymm15
 17c:	c4 c2 7d b8 fe       	vfmadd231ps ymm7,ymm0,ymm14
 181:	c4 42 75 b8 c7       	vfmadd231ps ymm8,ymm1,ymm15
 186:	c4 c2 75 b8 f6       	vfmadd231ps ymm6,ymm1,ymm14
 18b:	c4 e2 7d 18 84 82 d0 	vbroadcastss ymm0,DWORD PTR [rdx+rax*4+0x60d0]
 192:	60 00 00 
 195:	c4 e2 7d 18 8c 82 50 	vbroadcastss ymm1,DWORD PTR [rdx+rax*4+0x2050]
 19c:	20 00 00 
 19f:	c4 c2 7d b8 ef       	vfmadd231ps ymm5,ymm0,ymm15
 1a4:	c4 42 75 b8 df       	vfmadd231ps ymm11,ymm1,ymm15
 1a9:	c4 42 75 b8 ce       	vfmadd231ps ymm9,ymm1,ymm14
 1ae:	c4 c2 7d b8 e6       	vfmadd231ps ymm4,ymm0,ymm14
 1b3:	41 83 c1 10          	add    r9d,0x10
 1b7:	44 3b cf             	cmp    r9d,edi
 1ba:	0f 8c 50 ff ff ff    	jl     0x110
 1c0:	49 8b 7f 30          	mov    rdi,QWORD PTR [r15+0x30]
 1c4:	83 c3 10             	add    ebx,0x10
 1c7:	85 07                	test   DWORD PTR [rdi],eax
 1c9:	45 3b ca             	cmp    r9d,r10d
 1cc:	0f 8c 1d ff ff ff    	jl     0xef
 1d2:	45 8b 55 0c          	mov    r10d,DWORD PTR [r13+0xc]
 1d6:	41 83 c2 f9          	add    r10d,0xfffffff9
 1da:	45 85 d2             	test   r10d,r10d
 1dd:	0f 8c d5 07 00 00    	jl     0x9b8
 1e3:	44 8b 84 24 10 02 00 	mov    r8d,DWORD PTR [rsp+0x210]
 1ea:	00 
 1eb:	45 3b c2             	cmp    r8d,r10d
 1ee:	0f 83 90 03 00 00    	jae    0x584
 1f4:	41 8d 68 08          	lea    ebp,[r8+0x8]
 1f8:	4d 63 c8             	movsxd r9,r8d
 1fb:	c4 01 7e 7f 6c 8d 10 	vmovdqu YMMWORD PTR [r13+r9*4+0x10],ymm13
 202:	41 3b ea             	cmp    ebp,r10d
 205:	0f 83 fd 03 00 00    	jae    0x608
 20b:	c4 01 7e 7f 64 8d 30 	vmovdqu YMMWORD PTR [r13+r9*4+0x30],ymm12
 212:	8b ac 24 18 02 00 00 	mov    ebp,DWORD PTR [rsp+0x218]
 219:	41 03 e8             	add    ebp,r8d
 21c:	41 3b ea             	cmp    ebp,r10d
 21f:	0f 83 63 04 00 00    	jae    0x688
 225:	83 c5 08             	add    ebp,0x8
 228:	48 63 8c 24 18 02 00 	movsxd rcx,DWORD PTR [rsp+0x218]
 22f:	00 
 230:	49 03 c9             	add    rcx,r9
 233:	c4 41 7e 7f 5c 8d 10 	vmovdqu YMMWORD PTR [r13+rcx*4+0x10],ymm11
 23a:	41 3b ea             	cmp    ebp,r10d
 23d:	0f 83 bd 04 00 00    	jae    0x700
 243:	c4 41 7e 7f 4c 8d 30 	vmovdqu YMMWORD PTR [r13+rcx*4+0x30],ymm9
 24a:	8b 9c 24 18 02 00 00 	mov    ebx,DWORD PTR [rsp+0x218]
 251:	d1 e3                	shl    ebx,1
 253:	41 8d 2c 18          	lea    ebp,[r8+rbx*1]
 257:	41 3b ea             	cmp    ebp,r10d
 25a:	0f 83 10 05 00 00    	jae    0x770
 260:	83 c5 08             	add    ebp,0x8
 263:	48 63 cb             	movsxd rcx,ebx
 266:	49 03 c9             	add    rcx,r9
 269:	c4 41 7e 7f 44 8d 10 	vmovdqu YMMWORD PTR [r13+rcx*4+0x10],ymm8
 270:	41 3b ea             	cmp    ebp,r10d
 273:	0f 83 5f 05 00 00    	jae    0x7d8
 279:	c4 c1 7e 7f 74 8d 30 	vmovdqu YMMWORD PTR [r13+rcx*4+0x30],ymm6
 280:	8b 8c 24 18 02 00 00 	mov    ecx,DWORD PTR [rsp+0x218]
 287:	03 cb                	add    ecx,ebx
 289:	41 8d 2c 08          	lea    ebp,[r8+rcx*1]
 28d:	41 3b ea             	cmp    ebp,r10d
 290:	0f 83 9e 05 00 00    	jae    0x834
 296:	83 c5 08             	add    ebp,0x8
 299:	48 63 c9             	movsxd rcx,ecx
 29c:	49 03 c9             	add    rcx,r9
 29f:	c4 c1 7e 7f 6c 8d 10 	vmovdqu YMMWORD PTR [r13+rcx*4+0x10],ymm5
 2a6:	41 3b ea             	cmp    ebp,r10d
 2a9:	0f 83 d9 05 00 00    	jae    0x888
 2af:	c4 c1 7e 7f 64 8d 30 	vmovdqu YMMWORD PTR [r13+rcx*4+0x30],ymm4
 2b6:	8b 9c 24 18 02 00 00 	mov    ebx,DWORD PTR [rsp+0x218]
 2bd:	c1 e3 02             	shl    ebx,0x2
 2c0:	41 8d 2c 18          	lea    ebp,[r8+rbx*1]
 2c4:	41 3b ea             	cmp    ebp,r10d
 2c7:	0f 83 07 06 00 00    	jae    0x8d4
 2cd:	83 c5 08             	add    ebp,0x8
 2d0:	48 63 cb             	movsxd rcx,ebx
 2d3:	49 03 c9             	add    rcx,r9
 2d6:	c4 c1 7e 7f 5c 8d 10 	vmovdqu YMMWORD PTR [r13+rcx*4+0x10],ymm3
 2dd:	41 3b ea             	cmp    ebp,r10d
 2e0:	0f 83 32 06 00 00    	jae    0x918
 2e6:	c4 c1 7e 7f 54 8d 30 	vmovdqu YMMWORD PTR [r13+rcx*4+0x30],ymm2
 2ed:	8b 8c 24 18 02 00 00 	mov    ecx,DWORD PTR [rsp+0x218]
 2f4:	03 cb                	add    ecx,ebx
 2f6:	41 8d 2c 08          	lea    ebp,[r8+rcx*1]
 2fa:	41 3b ea             	cmp    ebp,r10d
 2fd:	0f 83 51 06 00 00    	jae    0x954
 303:	83 c5 08             	add    ebp,0x8
 306:	4c 63 c1             	movsxd r8,ecx
 309:	4d 03 c1             	add    r8,r9
 30c:	c4 01 7e 7f 54 85 10 	vmovdqu YMMWORD PTR [r13+r8*4+0x10],ymm10
 313:	41 3b ea             	cmp    ebp,r10d
 316:	0f 83 70 06 00 00    	jae    0x98c
 31c:	c4 81 7e 7f 7c 85 30 	vmovdqu YMMWORD PTR [r13+r8*4+0x30],ymm7
 323:	c5 f8 77             	vzeroupper
 326:	48 81 c4 00 02 00 00 	add    rsp,0x200
 32d:	5d                   	pop    rbp
 32e:	49 3b 67 28          	cmp    rsp,QWORD PTR [r15+0x28]
 332:	0f 87 1c 07 00 00    	ja     0xa54
 338:	c3                   	ret
 339:	be e4 ff ff ff       	mov    esi,0xffffffe4
 33e:	4c 89 04 24          	mov    QWORD PTR [rsp],r8
 342:	89 9c 24 1c 02 00 00 	mov    DWORD PTR [rsp+0x21c],ebx
 349:	44 89 94 24 20 02 00 	mov    DWORD PTR [rsp+0x220],r10d
 350:	00 
 351:	48 89 54 24 08       	mov    QWORD PTR [rsp+0x8],rdx
 356:	89 4c 24 10          	mov    DWORD PTR [rsp+0x10],ecx
 35a:	c5 fe 7f 6c 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm5
 360:	c5 fe 7f 64 24 48    	vmovdqu YMMWORD PTR [rsp+0x48],ymm4
 366:	c5 fe 7f 5c 24 68    	vmovdqu YMMWORD PTR [rsp+0x68],ymm3
 36c:	c5 fe 7f 94 24 88 00 	vmovdqu YMMWORD PTR [rsp+0x88],ymm2
 373:	00 00 
 375:	c5 7e 7f 94 24 a8 00 	vmovdqu YMMWORD PTR [rsp+0xa8],ymm10
 37c:	00 00 
 37e:	c5 fe 7f bc 24 c8 00 	vmovdqu YMMWORD PTR [rsp+0xc8],ymm7
 385:	00 00 
 387:	c5 fe 7f b4 24 e8 00 	vmovdqu YMMWORD PTR [rsp+0xe8],ymm6
 38e:	00 00 
 390:	c5 7e 7f 84 24 08 01 	vmovdqu YMMWORD PTR [rsp+0x108],ymm8
 397:	00 00 
 399:	c5 7e 7f 8c 24 28 01 	vmovdqu YMMWORD PTR [rsp+0x128],ymm9
 3a0:	00 00 
 3a2:	c5 7e 7f 9c 24 48 01 	vmovdqu YMMWORD PTR [rsp+0x148],ymm11
 3a9:	00 00 
 3ab:	c5 7e 7f a4 24 68 01 	vmovdqu YMMWORD PTR [rsp+0x168],ymm12
 3b2:	00 00 
 3b4:	c5 7e 7f ac 24 88 01 	vmovdqu YMMWORD PTR [rsp+0x188],ymm13
 3bb:	00 00 
 3bd:	c5 7e 7f b4 24 a8 01 	vmovdqu YMMWORD PTR [rsp+0x1a8],ymm14
 3c4:	00 00 
 3c6:	c5 7e 7f bc 24 c8 01 	vmovdqu YMMWORD PTR [rsp+0x1c8],ymm15
 3cd:	00 00 
 3cf:	4c 89 6c 24 18       	mov    QWORD PTR [rsp+0x18],r13
 3d4:	c5 f8 77             	vzeroupper
 3d7:	e8 04 4d ac ff       	call   0xffffffffffac50e0
 3dc:	0f 1f 84 00 d4 04 00 	nop    DWORD PTR [rax+rax*1+0x10004d4]
 3e3:	01 
 3e4:	8d a9 10 08 00 00    	lea    ebp,[rcx+0x810]
 3ea:	be e4 ff ff ff       	mov    esi,0xffffffe4
 3ef:	4c 89 44 24 08       	mov    QWORD PTR [rsp+0x8],r8
 3f4:	89 8c 24 14 02 00 00 	mov    DWORD PTR [rsp+0x214],ecx
 3fb:	89 9c 24 1c 02 00 00 	mov    DWORD PTR [rsp+0x21c],ebx
 402:	44 89 94 24 20 02 00 	mov    DWORD PTR [rsp+0x220],r10d
 409:	00 
 40a:	48 89 54 24 10       	mov    QWORD PTR [rsp+0x10],rdx
 40f:	c5 fe 7f 6c 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm5
 415:	c5 fe 7f 64 24 48    	vmovdqu YMMWORD PTR [rsp+0x48],ymm4
 41b:	c5 fe 7f 5c 24 68    	vmovdqu YMMWORD PTR [rsp+0x68],ymm3
 421:	c5 fe 7f 94 24 88 00 	vmovdqu YMMWORD PTR [rsp+0x88],ymm2
 428:	00 00 
 42a:	c5 7e 7f 94 24 a8 00 	vmovdqu YMMWORD PTR [rsp+0xa8],ymm10
 431:	00 00 
 433:	c5 fe 7f bc 24 c8 00 	vmovdqu YMMWORD PTR [rsp+0xc8],ymm7
 43a:	00 00 
 43c:	c5 fe 7f b4 24 e8 00 	vmovdqu YMMWORD PTR [rsp+0xe8],ymm6
 443:	00 00 
 445:	c5 7e 7f 84 24 08 01 	vmovdqu YMMWORD PTR [rsp+0x108],ymm8
 44c:	00 00 
 44e:	c5 7e 7f 8c 24 28 01 	vmovdqu YMMWORD PTR [rsp+0x128],ymm9
 455:	00 00 
 457:	c5 7e 7f 9c 24 48 01 	vmovdqu YMMWORD PTR [rsp+0x148],ymm11
 45e:	00 00 
 460:	c5 7e 7f a4 24 68 01 	vmovdqu YMMWORD PTR [rsp+0x168],ymm12
 467:	00 00 
 469:	c5 7e 7f ac 24 88 01 	vmovdqu YMMWORD PTR [rsp+0x188],ymm13
 470:	00 00 
 472:	c5 7e 7f b4 24 a8 01 	vmovdqu YMMWORD PTR [rsp+0x1a8],ymm14
 479:	00 00 
 47b:	c5 7e 7f bc 24 c8 01 	vmovdqu YMMWORD PTR [rsp+0x1c8],ymm15
 482:	00 00 
 484:	4c 89 6c 24 18       	mov    QWORD PTR [rsp+0x18],r13
 489:	66 66 90             	data16 xchg ax,ax
 48c:	c5 f8 77             	vzeroupper
 48f:	e8 4c 4c ac ff       	call   0xffffffffffac50e0
 494:	0f 1f 84 00 8c 05 00 	nop    DWORD PTR [rax+rax*1+0x200058c]
 49b:	02 
 49c:	c5 7e 6f da          	vmovdqu ymm11,ymm2
 4a0:	c5 7e 6f ca          	vmovdqu ymm9,ymm2
 4a4:	c5 7e 6f c2          	vmovdqu ymm8,ymm2
 4a8:	c5 fe 6f f2          	vmovdqu ymm6,ymm2
 4ac:	c5 fe 6f ea          	vmovdqu ymm5,ymm2
 4b0:	c5 fe 6f e2          	vmovdqu ymm4,ymm2
 4b4:	c5 fe 6f da          	vmovdqu ymm3,ymm2
 4b8:	c5 7e 6f d2          	vmovdqu ymm10,ymm2
 4bc:	c5 fe 6f fa          	vmovdqu ymm7,ymm2
 4c0:	c5 7e 6f e2          	vmovdqu ymm12,ymm2
 4c4:	c5 7e 6f ea          	vmovdqu ymm13,ymm2
 4c8:	e9 05 fd ff ff       	jmp    0x1d2
 4cd:	be 6e ff ff ff       	mov    esi,0xffffff6e
 4d2:	48 8b ea             	mov    rbp,rdx
 4d5:	4c 89 04 24          	mov    QWORD PTR [rsp],r8
 4d9:	89 8c 24 14 02 00 00 	mov    DWORD PTR [rsp+0x214],ecx
 4e0:	44 89 4c 24 08       	mov    DWORD PTR [rsp+0x8],r9d
 4e5:	44 89 54 24 0c       	mov    DWORD PTR [rsp+0xc],r10d
 4ea:	c5 fe 7f 54 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm2
 4f0:	4c 89 6c 24 10       	mov    QWORD PTR [rsp+0x10],r13
 4f5:	66 66 90             	data16 xchg ax,ax
 4f8:	c5 f8 77             	vzeroupper
 4fb:	e8 e0 4b ac ff       	call   0xffffffffffac50e0
 500:	0f 1f 84 00 f8 05 00 	nop    DWORD PTR [rax+rax*1+0x30005f8]
 507:	03 
 508:	be 66 ff ff ff       	mov    esi,0xffffff66
 50d:	48 8b ea             	mov    rbp,rdx
 510:	4c 89 04 24          	mov    QWORD PTR [rsp],r8
 514:	89 8c 24 14 02 00 00 	mov    DWORD PTR [rsp+0x214],ecx
 51b:	44 89 4c 24 08       	mov    DWORD PTR [rsp+0x8],r9d
 520:	44 89 54 24 0c       	mov    DWORD PTR [rsp+0xc],r10d
 525:	c5 fe 7f 54 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm2
 52b:	4c 89 6c 24 10       	mov    QWORD PTR [rsp+0x10],r13
 530:	c5 f8 77             	vzeroupper
 533:	e8 a8 4b ac ff       	call   0xffffffffffac50e0
 538:	0f 1f 84 00 30 06 00 	nop    DWORD PTR [rax+rax*1+0x4000630]
 53f:	04 
 540:	be 45 ff ff ff       	mov    esi,0xffffff45
 545:	48 8b ea             	mov    rbp,rdx
 548:	89 8c 24 14 02 00 00 	mov    DWORD PTR [rsp+0x214],ecx
 54f:	4c 89 04 24          	mov    QWORD PTR [rsp],r8
 553:	44 89 8c 24 1c 02 00 	mov    DWORD PTR [rsp+0x21c],r9d
 55a:	00 
 55b:	c5 fe 7f 54 24 08    	vmovdqu YMMWORD PTR [rsp+0x8],ymm2
 561:	44 89 94 24 20 02 00 	mov    DWORD PTR [rsp+0x220],r10d
 568:	00 
 569:	48 89 7c 24 28       	mov    QWORD PTR [rsp+0x28],rdi
 56e:	44 89 5c 24 34       	mov    DWORD PTR [rsp+0x34],r11d
 573:	90                   	nop
 574:	c5 f8 77             	vzeroupper
 577:	e8 64 4b ac ff       	call   0xffffffffffac50e0
 57c:	0f 1f 84 00 74 06 00 	nop    DWORD PTR [rax+rax*1+0x5000674]
 583:	05 
 584:	be e4 ff ff ff       	mov    esi,0xffffffe4
 589:	c5 fe 7f 7c 24 08    	vmovdqu YMMWORD PTR [rsp+0x8],ymm7
 58f:	c5 7e 7f 54 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm10
 595:	c5 fe 7f 54 24 48    	vmovdqu YMMWORD PTR [rsp+0x48],ymm2
 59b:	c5 fe 7f 5c 24 68    	vmovdqu YMMWORD PTR [rsp+0x68],ymm3
 5a1:	c5 fe 7f a4 24 88 00 	vmovdqu YMMWORD PTR [rsp+0x88],ymm4
 5a8:	00 00 
 5aa:	c5 fe 7f ac 24 a8 00 	vmovdqu YMMWORD PTR [rsp+0xa8],ymm5
 5b1:	00 00 
 5b3:	c5 fe 7f b4 24 c8 00 	vmovdqu YMMWORD PTR [rsp+0xc8],ymm6
 5ba:	00 00 
 5bc:	c5 7e 7f 84 24 e8 00 	vmovdqu YMMWORD PTR [rsp+0xe8],ymm8
 5c3:	00 00 
 5c5:	c5 7e 7f 8c 24 08 01 	vmovdqu YMMWORD PTR [rsp+0x108],ymm9
 5cc:	00 00 
 5ce:	c5 7e 7f 9c 24 28 01 	vmovdqu YMMWORD PTR [rsp+0x128],ymm11
 5d5:	00 00 
 5d7:	c5 7e 7f a4 24 48 01 	vmovdqu YMMWORD PTR [rsp+0x148],ymm12
 5de:	00 00 
 5e0:	c5 7e 7f ac 24 68 01 	vmovdqu YMMWORD PTR [rsp+0x168],ymm13
 5e7:	00 00 
 5e9:	4c 89 2c 24          	mov    QWORD PTR [rsp],r13
 5ed:	44 89 94 24 1c 02 00 	mov    DWORD PTR [rsp+0x21c],r10d
 5f4:	00 
 5f5:	66 66 90             	data16 xchg ax,ax
 5f8:	c5 f8 77             	vzeroupper
 5fb:	e8 e0 4a ac ff       	call   0xffffffffffac50e0
 600:	0f 1f 84 00 f8 06 00 	nop    DWORD PTR [rax+rax*1+0x60006f8]
 607:	06 
 608:	be e4 ff ff ff       	mov    esi,0xffffffe4
 60d:	c5 fe 7f 7c 24 08    	vmovdqu YMMWORD PTR [rsp+0x8],ymm7
 613:	c5 7e 7f 54 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm10
 619:	c5 fe 7f 54 24 48    	vmovdqu YMMWORD PTR [rsp+0x48],ymm2
 61f:	c5 fe 7f 5c 24 68    	vmovdqu YMMWORD PTR [rsp+0x68],ymm3
 625:	c5 fe 7f a4 24 88 00 	vmovdqu YMMWORD PTR [rsp+0x88],ymm4
 62c:	00 00 
 62e:	c5 fe 7f ac 24 a8 00 	vmovdqu YMMWORD PTR [rsp+0xa8],ymm5
 635:	00 00 
 637:	c5 fe 7f b4 24 c8 00 	vmovdqu YMMWORD PTR [rsp+0xc8],ymm6
 63e:	00 00 
 640:	c5 7e 7f 84 24 e8 00 	vmovdqu YMMWORD PTR [rsp+0xe8],ymm8
 647:	00 00 
 649:	c5 7e 7f 8c 24 08 01 	vmovdqu YMMWORD PTR [rsp+0x108],ymm9
 650:	00 00 
 652:	c5 7e 7f 9c 24 28 01 	vmovdqu YMMWORD PTR [rsp+0x128],ymm11
 659:	00 00 
 65b:	c5 7e 7f a4 24 48 01 	vmovdqu YMMWORD PTR [rsp+0x148],ymm12
 662:	00 00 
 664:	44 89 84 24 1c 02 00 	mov    DWORD PTR [rsp+0x21c],r8d
 66b:	00 
 66c:	4c 89 2c 24          	mov    QWORD PTR [rsp],r13
 670:	44 89 94 24 20 02 00 	mov    DWORD PTR [rsp+0x220],r10d
 677:	00 
 678:	c5 f8 77             	vzeroupper
 67b:	e8 60 4a ac ff       	call   0xffffffffffac50e0
 680:	0f 1f 84 00 78 07 00 	nop    DWORD PTR [rax+rax*1+0x7000778]
 687:	07 
 688:	be e4 ff ff ff       	mov    esi,0xffffffe4
 68d:	c5 fe 7f 7c 24 08    	vmovdqu YMMWORD PTR [rsp+0x8],ymm7
 693:	c5 7e 7f 54 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm10
 699:	c5 fe 7f 54 24 48    	vmovdqu YMMWORD PTR [rsp+0x48],ymm2
 69f:	c5 fe 7f 5c 24 68    	vmovdqu YMMWORD PTR [rsp+0x68],ymm3
 6a5:	c5 fe 7f a4 24 88 00 	vmovdqu YMMWORD PTR [rsp+0x88],ymm4
 6ac:	00 00 
 6ae:	c5 fe 7f ac 24 a8 00 	vmovdqu YMMWORD PTR [rsp+0xa8],ymm5
 6b5:	00 00 
 6b7:	c5 fe 7f b4 24 c8 00 	vmovdqu YMMWORD PTR [rsp+0xc8],ymm6
 6be:	00 00 
 6c0:	c5 7e 7f 84 24 e8 00 	vmovdqu YMMWORD PTR [rsp+0xe8],ymm8
 6c7:	00 00 
 6c9:	c5 7e 7f 8c 24 08 01 	vmovdqu YMMWORD PTR [rsp+0x108],ymm9
 6d0:	00 00 
 6d2:	c5 7e 7f 9c 24 28 01 	vmovdqu YMMWORD PTR [rsp+0x128],ymm11
 6d9:	00 00 
 6db:	44 89 84 24 1c 02 00 	mov    DWORD PTR [rsp+0x21c],r8d
 6e2:	00 
 6e3:	4c 89 2c 24          	mov    QWORD PTR [rsp],r13
 6e7:	44 89 94 24 20 02 00 	mov    DWORD PTR [rsp+0x220],r10d
 6ee:	00 
 6ef:	90                   	nop
 6f0:	c5 f8 77             	vzeroupper
 6f3:	e8 e8 49 ac ff       	call   0xffffffffffac50e0
 6f8:	0f 1f 84 00 f0 07 00 	nop    DWORD PTR [rax+rax*1+0x80007f0]
 6ff:	08 
 700:	be e4 ff ff ff       	mov    esi,0xffffffe4
 705:	c5 fe 7f 7c 24 08    	vmovdqu YMMWORD PTR [rsp+0x8],ymm7
 70b:	c5 7e 7f 54 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm10
 711:	c5 fe 7f 54 24 48    	vmovdqu YMMWORD PTR [rsp+0x48],ymm2
 717:	c5 fe 7f 5c 24 68    	vmovdqu YMMWORD PTR [rsp+0x68],ymm3
 71d:	c5 fe 7f a4 24 88 00 	vmovdqu YMMWORD PTR [rsp+0x88],ymm4
 724:	00 00 
 726:	c5 fe 7f ac 24 a8 00 	vmovdqu YMMWORD PTR [rsp+0xa8],ymm5
 72d:	00 00 
 72f:	c5 fe 7f b4 24 c8 00 	vmovdqu YMMWORD PTR [rsp+0xc8],ymm6
 736:	00 00 
 738:	c5 7e 7f 84 24 e8 00 	vmovdqu YMMWORD PTR [rsp+0xe8],ymm8
 73f:	00 00 
 741:	c5 7e 7f 8c 24 08 01 	vmovdqu YMMWORD PTR [rsp+0x108],ymm9
 748:	00 00 
 74a:	44 89 84 24 1c 02 00 	mov    DWORD PTR [rsp+0x21c],r8d
 751:	00 
 752:	4c 89 2c 24          	mov    QWORD PTR [rsp],r13
 756:	44 89 94 24 20 02 00 	mov    DWORD PTR [rsp+0x220],r10d
 75d:	00 
 75e:	66 90                	xchg   ax,ax
 760:	c5 f8 77             	vzeroupper
 763:	e8 78 49 ac ff       	call   0xffffffffffac50e0
 768:	0f 1f 84 00 60 08 00 	nop    DWORD PTR [rax+rax*1+0x9000860]
 76f:	09 
 770:	be e4 ff ff ff       	mov    esi,0xffffffe4
 775:	c5 fe 7f 7c 24 08    	vmovdqu YMMWORD PTR [rsp+0x8],ymm7
 77b:	c5 7e 7f 54 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm10
 781:	c5 fe 7f 54 24 48    	vmovdqu YMMWORD PTR [rsp+0x48],ymm2
 787:	c5 fe 7f 5c 24 68    	vmovdqu YMMWORD PTR [rsp+0x68],ymm3
 78d:	c5 fe 7f a4 24 88 00 	vmovdqu YMMWORD PTR [rsp+0x88],ymm4
 794:	00 00 
 796:	c5 fe 7f ac 24 a8 00 	vmovdqu YMMWORD PTR [rsp+0xa8],ymm5
 79d:	00 00 
 79f:	c5 fe 7f b4 24 c8 00 	vmovdqu YMMWORD PTR [rsp+0xc8],ymm6
 7a6:	00 00 
 7a8:	c5 7e 7f 84 24 e8 00 	vmovdqu YMMWORD PTR [rsp+0xe8],ymm8
 7af:	00 00 
 7b1:	44 89 84 24 1c 02 00 	mov    DWORD PTR [rsp+0x21c],r8d
 7b8:	00 
 7b9:	4c 89 2c 24          	mov    QWORD PTR [rsp],r13
 7bd:	44 89 94 24 20 02 00 	mov    DWORD PTR [rsp+0x220],r10d
 7c4:	00 
 7c5:	66 66 90             	data16 xchg ax,ax
 7c8:	c5 f8 77             	vzeroupper
 7cb:	e8 10 49 ac ff       	call   0xffffffffffac50e0
 7d0:	0f 1f 84 00 c8 08 00 	nop    DWORD PTR [rax+rax*1+0xa0008c8]
 7d7:	0a 
 7d8:	be e4 ff ff ff       	mov    esi,0xffffffe4
 7dd:	c5 fe 7f 7c 24 08    	vmovdqu YMMWORD PTR [rsp+0x8],ymm7
 7e3:	c5 7e 7f 54 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm10
 7e9:	c5 fe 7f 54 24 48    	vmovdqu YMMWORD PTR [rsp+0x48],ymm2
 7ef:	c5 fe 7f 5c 24 68    	vmovdqu YMMWORD PTR [rsp+0x68],ymm3
 7f5:	c5 fe 7f a4 24 88 00 	vmovdqu YMMWORD PTR [rsp+0x88],ymm4
 7fc:	00 00 
 7fe:	c5 fe 7f ac 24 a8 00 	vmovdqu YMMWORD PTR [rsp+0xa8],ymm5
 805:	00 00 
 807:	c5 fe 7f b4 24 c8 00 	vmovdqu YMMWORD PTR [rsp+0xc8],ymm6
 80e:	00 00 
 810:	44 89 84 24 1c 02 00 	mov    DWORD PTR [rsp+0x21c],r8d
 817:	00 
 818:	4c 89 2c 24          	mov    QWORD PTR [rsp],r13
 81c:	44 89 94 24 20 02 00 	mov    DWORD PTR [rsp+0x220],r10d
 823:	00 
 824:	c5 f8 77             	vzeroupper
 827:	e8 b4 48 ac ff       	call   0xffffffffffac50e0
 82c:	0f 1f 84 00 24 09 00 	nop    DWORD PTR [rax+rax*1+0xb000924]
 833:	0b 
 834:	be e4 ff ff ff       	mov    esi,0xffffffe4
 839:	c5 fe 7f 7c 24 08    	vmovdqu YMMWORD PTR [rsp+0x8],ymm7
 83f:	c5 7e 7f 54 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm10
 845:	c5 fe 7f 54 24 48    	vmovdqu YMMWORD PTR [rsp+0x48],ymm2
 84b:	c5 fe 7f 5c 24 68    	vmovdqu YMMWORD PTR [rsp+0x68],ymm3
 851:	c5 fe 7f a4 24 88 00 	vmovdqu YMMWORD PTR [rsp+0x88],ymm4
 858:	00 00 
 85a:	c5 fe 7f ac 24 a8 00 	vmovdqu YMMWORD PTR [rsp+0xa8],ymm5
 861:	00 00 
 863:	44 89 84 24 1c 02 00 	mov    DWORD PTR [rsp+0x21c],r8d
 86a:	00 
 86b:	4c 89 2c 24          	mov    QWORD PTR [rsp],r13
 86f:	44 89 94 24 20 02 00 	mov    DWORD PTR [rsp+0x220],r10d
 876:	00 
 877:	90                   	nop
 878:	c5 f8 77             	vzeroupper
 87b:	e8 60 48 ac ff       	call   0xffffffffffac50e0
 880:	0f 1f 84 00 78 09 00 	nop    DWORD PTR [rax+rax*1+0xc000978]
 887:	0c 
 888:	be e4 ff ff ff       	mov    esi,0xffffffe4
 88d:	c5 fe 7f 7c 24 08    	vmovdqu YMMWORD PTR [rsp+0x8],ymm7
 893:	c5 7e 7f 54 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm10
 899:	c5 fe 7f 54 24 48    	vmovdqu YMMWORD PTR [rsp+0x48],ymm2
 89f:	c5 fe 7f 5c 24 68    	vmovdqu YMMWORD PTR [rsp+0x68],ymm3
 8a5:	c5 fe 7f a4 24 88 00 	vmovdqu YMMWORD PTR [rsp+0x88],ymm4
 8ac:	00 00 
 8ae:	44 89 84 24 1c 02 00 	mov    DWORD PTR [rsp+0x21c],r8d
 8b5:	00 
 8b6:	4c 89 2c 24          	mov    QWORD PTR [rsp],r13
 8ba:	44 89 94 24 20 02 00 	mov    DWORD PTR [rsp+0x220],r10d
 8c1:	00 
 8c2:	66 90                	xchg   ax,ax
 8c4:	c5 f8 77             	vzeroupper
 8c7:	e8 14 48 ac ff       	call   0xffffffffffac50e0
 8cc:	0f 1f 84 00 c4 09 00 	nop    DWORD PTR [rax+rax*1+0xd0009c4]
 8d3:	0d 
 8d4:	be e4 ff ff ff       	mov    esi,0xffffffe4
 8d9:	c5 fe 7f 7c 24 08    	vmovdqu YMMWORD PTR [rsp+0x8],ymm7
 8df:	c5 7e 7f 54 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm10
 8e5:	c5 fe 7f 54 24 48    	vmovdqu YMMWORD PTR [rsp+0x48],ymm2
 8eb:	c5 fe 7f 5c 24 68    	vmovdqu YMMWORD PTR [rsp+0x68],ymm3
 8f1:	44 89 84 24 1c 02 00 	mov    DWORD PTR [rsp+0x21c],r8d
 8f8:	00 
 8f9:	4c 89 2c 24          	mov    QWORD PTR [rsp],r13
 8fd:	44 89 94 24 20 02 00 	mov    DWORD PTR [rsp+0x220],r10d
 904:	00 
 905:	66 66 90             	data16 xchg ax,ax
 908:	c5 f8 77             	vzeroupper
 90b:	e8 d0 47 ac ff       	call   0xffffffffffac50e0
 910:	0f 1f 84 00 08 0a 00 	nop    DWORD PTR [rax+rax*1+0xe000a08]
 917:	0e 
 918:	be e4 ff ff ff       	mov    esi,0xffffffe4
 91d:	c5 fe 7f 7c 24 08    	vmovdqu YMMWORD PTR [rsp+0x8],ymm7
 923:	c5 7e 7f 54 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm10
 929:	c5 fe 7f 54 24 48    	vmovdqu YMMWORD PTR [rsp+0x48],ymm2
 92f:	44 89 84 24 1c 02 00 	mov    DWORD PTR [rsp+0x21c],r8d
 936:	00 
 937:	4c 89 2c 24          	mov    QWORD PTR [rsp],r13
 93b:	44 89 94 24 20 02 00 	mov    DWORD PTR [rsp+0x220],r10d
 942:	00 
 943:	90                   	nop
 944:	c5 f8 77             	vzeroupper
 947:	e8 94 47 ac ff       	call   0xffffffffffac50e0
 94c:	0f 1f 84 00 44 0a 00 	nop    DWORD PTR [rax+rax*1+0xf000a44]
 953:	0f 
 954:	be e4 ff ff ff       	mov    esi,0xffffffe4
 959:	c5 fe 7f 7c 24 08    	vmovdqu YMMWORD PTR [rsp+0x8],ymm7
 95f:	c5 7e 7f 54 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm10
 965:	44 89 84 24 1c 02 00 	mov    DWORD PTR [rsp+0x21c],r8d
 96c:	00 
 96d:	4c 89 2c 24          	mov    QWORD PTR [rsp],r13
 971:	44 89 94 24 20 02 00 	mov    DWORD PTR [rsp+0x220],r10d
 978:	00 
 979:	66 66 90             	data16 xchg ax,ax
 97c:	c5 f8 77             	vzeroupper
 97f:	e8 5c 47 ac ff       	call   0xffffffffffac50e0
 984:	0f 1f 84 00 7c 0a 00 	nop    DWORD PTR [rax+rax*1+0x10000a7c]
 98b:	10 
 98c:	be e4 ff ff ff       	mov    esi,0xffffffe4
 991:	c5 fe 7f 7c 24 08    	vmovdqu YMMWORD PTR [rsp+0x8],ymm7
 997:	4c 89 ac 24 10 02 00 	mov    QWORD PTR [rsp+0x210],r13
 99e:	00 
 99f:	44 89 94 24 18 02 00 	mov    DWORD PTR [rsp+0x218],r10d
 9a6:	00 
 9a7:	90                   	nop
 9a8:	c5 f8 77             	vzeroupper
 9ab:	e8 30 47 ac ff       	call   0xffffffffffac50e0
 9b0:	0f 1f 84 00 a8 0a 00 	nop    DWORD PTR [rax+rax*1+0x11000aa8]
 9b7:	11 
 9b8:	be cc ff ff ff       	mov    esi,0xffffffcc
 9bd:	c5 fe 7f 7c 24 08    	vmovdqu YMMWORD PTR [rsp+0x8],ymm7
 9c3:	c5 7e 7f 54 24 28    	vmovdqu YMMWORD PTR [rsp+0x28],ymm10
 9c9:	c5 fe 7f 54 24 48    	vmovdqu YMMWORD PTR [rsp+0x48],ymm2
 9cf:	c5 fe 7f 5c 24 68    	vmovdqu YMMWORD PTR [rsp+0x68],ymm3
 9d5:	c5 fe 7f a4 24 88 00 	vmovdqu YMMWORD PTR [rsp+0x88],ymm4
 9dc:	00 00 
 9de:	c5 fe 7f ac 24 a8 00 	vmovdqu YMMWORD PTR [rsp+0xa8],ymm5
 9e5:	00 00 
 9e7:	c5 fe 7f b4 24 c8 00 	vmovdqu YMMWORD PTR [rsp+0xc8],ymm6
 9ee:	00 00 
 9f0:	c5 7e 7f 84 24 e8 00 	vmovdqu YMMWORD PTR [rsp+0xe8],ymm8
 9f7:	00 00 
 9f9:	c5 7e 7f 8c 24 08 01 	vmovdqu YMMWORD PTR [rsp+0x108],ymm9
 a00:	00 00 
 a02:	c5 7e 7f 9c 24 28 01 	vmovdqu YMMWORD PTR [rsp+0x128],ymm11
 a09:	00 00 
 a0b:	c5 7e 7f a4 24 48 01 	vmovdqu YMMWORD PTR [rsp+0x148],ymm12
 a12:	00 00 
 a14:	c5 7e 7f ac 24 68 01 	vmovdqu YMMWORD PTR [rsp+0x168],ymm13
 a1b:	00 00 
 a1d:	4c 89 2c 24          	mov    QWORD PTR [rsp],r13
 a21:	44 89 94 24 1c 02 00 	mov    DWORD PTR [rsp+0x21c],r10d
 a28:	00 
 a29:	66 66 90             	data16 xchg ax,ax
 a2c:	c5 f8 77             	vzeroupper
 a2f:	e8 ac 46 ac ff       	call   0xffffffffffac50e0
 a34:	0f 1f 84 00 2c 0b 00 	nop    DWORD PTR [rax+rax*1+0x12000b2c]
 a3b:	12 
 a3c:	be f6 ff ff ff       	mov    esi,0xfffffff6
 a41:	66 66 90             	data16 xchg ax,ax
 a44:	c5 f8 77             	vzeroupper
 a47:	e8 94 46 ac ff       	call   0xffffffffffac50e0
 a4c:	0f 1f 84 00 44 0b 00 	nop    DWORD PTR [rax+rax*1+0x13000b44]
 a53:	13 
 a54:	49 ba ae ef ef 73 8b 	movabs r10,0x7f8b73efefae
 a5b:	7f 00 00 
 a5e:	4d 89 97 38 05 00 00 	mov    QWORD PTR [r15+0x538],r10
 a65:	e9 76 91 a8 ff       	jmp    0xffffffffffa89be0
 a6a:	e8 71 e8 a6 ff       	call   0xffffffffffa6f2e0
 a6f:	e9 aa f5 ff ff       	jmp    0x1e
 a74:	f4                   	hlt
 a75:	f4                   	hlt
 a76:	f4                   	hlt
 a77:	f4                   	hlt
