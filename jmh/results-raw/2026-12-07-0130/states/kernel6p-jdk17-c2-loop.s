 105:	c4 c1 7e 6f de       	vmovdqu ymm3,ymm14
 10a:	c4 c1 7e 6f d6       	vmovdqu ymm2,ymm14
 10f:	8b f5                	mov    esi,ebp
 111:	2b f1                	sub    esi,ecx
 113:	3b e9                	cmp    ebp,ecx
 115:	0f 4c f7             	cmovl  esi,edi
 118:	81 fe 70 17 00 00    	cmp    esi,0x1770
 11e:	0f 47 f3             	cmova  esi,ebx
 121:	03 f1                	add    esi,ecx
 123:	0f 1f 80 00 00 00 00 	nop    DWORD PTR [rax+0x0]
 12a:	66 0f 1f 44 00 00    	nop    WORD PTR [rax+rax*1+0x0]
 130:	45 3b ca             	cmp    r9d,r10d
 133:	0f 83 16 02 00 00    	jae    0x34f
 139:	c4 01 7e 6f 6c 88 10 	vmovdqu ymm13,YMMWORD PTR [r8+r9*4+0x10]
 140:	41 8b d1             	mov    edx,r9d
 143:	83 c2 08             	add    edx,0x8
 146:	41 3b d2             	cmp    edx,r10d
 149:	0f 83 95 02 00 00    	jae    0x3e4
 14f:	c4 01 7e 6f 7c 88 30 	vmovdqu ymm15,YMMWORD PTR [r8+r9*4+0x30]
 156:	c4 c2 7d 18 44 8b 10 	vbroadcastss ymm0,DWORD PTR [r11+rcx*4+0x10]
 15d:	c4 42 7d b8 df       	vfmadd231ps ymm11,ymm0,ymm15
 162:	c4 42 7d b8 e5       	vfmadd231ps ymm12,ymm0,ymm13
 167:	41 83 c1 10          	add    r9d,0x10
 16b:	48 63 d1             	movsxd rdx,ecx
 16e:	c4 c2 7d 18 44 93 20 	vbroadcastss ymm0,DWORD PTR [r11+rdx*4+0x20]
 175:	c4 c2 7d 18 4c 93 14 	vbroadcastss ymm1,DWORD PTR [r11+rdx*4+0x14]
 17c:	c4 c2 7d b8 d5       	vfmadd231ps ymm2,ymm0,ymm13
 181:	c4 42 75 b8 d5       	vfmadd231ps ymm10,ymm1,ymm13
 186:	c4 42 75 b8 c7       	vfmadd231ps ymm8,ymm1,ymm15
 18b:	c4 42 7d b8 f7       	vfmadd231ps ymm14,ymm0,ymm15
 190:	c4 c2 7d 18 44 93 24 	vbroadcastss ymm0,DWORD PTR [r11+rdx*4+0x24]
 197:	c4 c2 7d 18 4c 93 18 	vbroadcastss ymm1,DWORD PTR [r11+rdx*4+0x18]
 19e:	c4 42 7d b8 cd       	vfmadd231ps ymm9,ymm0,ymm13
 1a3:	c4 c2 75 b8 fd       	vfmadd231ps ymm7,ymm1,ymm13
 1a8:	c4 c2 75 b8 ef       	vfmadd231ps ymm5,ymm1,ymm15
 1ad:	c4 c2 7d b8 f7       	vfmadd231ps ymm6,ymm0,ymm15
 1b2:	c4 c2 7d 18 44 93 1c 	vbroadcastss ymm0,DWORD PTR [r11+rdx*4+0x1c]
 1b9:	c4 c2 7d b8 df       	vfmadd231ps ymm3,ymm0,ymm15
 1be:	c4 c2 7d b8 e5       	vfmadd231ps ymm4,ymm0,ymm13
 1c3:	83 c1 06             	add    ecx,0x6
 1c6:	3b ce                	cmp    ecx,esi
