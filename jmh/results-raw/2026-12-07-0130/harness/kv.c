#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <immintrin.h>
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
#define KC 256
static float A[24*KC] __attribute__((aligned(64))), B[24*KC] __attribute__((aligned(64))); static float C[256];
__attribute__((noinline)) void k6x16(void){
  __m256 c00=_mm256_setzero_ps(),c01=c00,c10=c00,c11=c00,c20=c00,c21=c00,c30=c00,c31=c00,c40=c00,c41=c00,c50=c00,c51=c00;
  const float*a=A,*b=B;
  for(int p=0;p<KC;p++,a+=6,b+=16){
    __m256 b0=_mm256_load_ps(b),b1=_mm256_load_ps(b+8),x;
    x=_mm256_broadcast_ss(a);c00=_mm256_fmadd_ps(x,b0,c00);c01=_mm256_fmadd_ps(x,b1,c01);
    x=_mm256_broadcast_ss(a+1);c10=_mm256_fmadd_ps(x,b0,c10);c11=_mm256_fmadd_ps(x,b1,c11);
    x=_mm256_broadcast_ss(a+2);c20=_mm256_fmadd_ps(x,b0,c20);c21=_mm256_fmadd_ps(x,b1,c21);
    x=_mm256_broadcast_ss(a+3);c30=_mm256_fmadd_ps(x,b0,c30);c31=_mm256_fmadd_ps(x,b1,c31);
    x=_mm256_broadcast_ss(a+4);c40=_mm256_fmadd_ps(x,b0,c40);c41=_mm256_fmadd_ps(x,b1,c41);
    x=_mm256_broadcast_ss(a+5);c50=_mm256_fmadd_ps(x,b0,c50);c51=_mm256_fmadd_ps(x,b1,c51);}
  __m256 s=_mm256_add_ps(_mm256_add_ps(_mm256_add_ps(c00,c01),_mm256_add_ps(c10,c11)),_mm256_add_ps(_mm256_add_ps(c20,c21),_mm256_add_ps(c30,c31)));
  s=_mm256_add_ps(s,_mm256_add_ps(_mm256_add_ps(c40,c41),_mm256_add_ps(c50,c51))); _mm256_storeu_ps(C,_mm256_add_ps(s,_mm256_loadu_ps(C)));
}
__attribute__((noinline)) void k4x24(void){
  __m256 c00=_mm256_setzero_ps(),c01=c00,c02=c00,c10=c00,c11=c00,c12=c00,c20=c00,c21=c00,c22=c00,c30=c00,c31=c00,c32=c00;
  const float*a=A,*b=B;
  for(int p=0;p<KC;p++,a+=4,b+=24){
    __m256 b0=_mm256_load_ps(b),b1=_mm256_load_ps(b+8),b2=_mm256_load_ps(b+16),x;
    x=_mm256_broadcast_ss(a);c00=_mm256_fmadd_ps(x,b0,c00);c01=_mm256_fmadd_ps(x,b1,c01);c02=_mm256_fmadd_ps(x,b2,c02);
    x=_mm256_broadcast_ss(a+1);c10=_mm256_fmadd_ps(x,b0,c10);c11=_mm256_fmadd_ps(x,b1,c11);c12=_mm256_fmadd_ps(x,b2,c12);
    x=_mm256_broadcast_ss(a+2);c20=_mm256_fmadd_ps(x,b0,c20);c21=_mm256_fmadd_ps(x,b1,c21);c22=_mm256_fmadd_ps(x,b2,c22);
    x=_mm256_broadcast_ss(a+3);c30=_mm256_fmadd_ps(x,b0,c30);c31=_mm256_fmadd_ps(x,b1,c31);c32=_mm256_fmadd_ps(x,b2,c32);}
  __m256 s=_mm256_add_ps(_mm256_add_ps(_mm256_add_ps(c00,c01),_mm256_add_ps(c10,c11)),_mm256_add_ps(_mm256_add_ps(c20,c21),_mm256_add_ps(c30,c31)));
  s=_mm256_add_ps(s,_mm256_add_ps(_mm256_add_ps(c02,c12),_mm256_add_ps(c22,c32))); _mm256_storeu_ps(C,_mm256_add_ps(s,_mm256_loadu_ps(C)));
}
/* 6x16 with A 8 values loaded once per step pair? use permute: load 6 floats as part of vector, broadcast via vpermps */
__attribute__((noinline)) void k6x16p(void){
  __m256 c00=_mm256_setzero_ps(),c01=c00,c10=c00,c11=c00,c20=c00,c21=c00,c30=c00,c31=c00,c40=c00,c41=c00,c50=c00,c51=c00;
  const float*a=A,*b=B;
  for(int p=0;p<KC;p++,a+=6,b+=16){
    __m256 b0=_mm256_load_ps(b),b1=_mm256_load_ps(b+8),x; __m128 av=_mm_loadu_ps(a); __m128 av2=_mm_loadu_ps(a+2);
    x=_mm256_broadcastss_ps(av);c00=_mm256_fmadd_ps(x,b0,c00);c01=_mm256_fmadd_ps(x,b1,c01);
    x=_mm256_broadcastss_ps(_mm_shuffle_ps(av,av,0x55));c10=_mm256_fmadd_ps(x,b0,c10);c11=_mm256_fmadd_ps(x,b1,c11);
    x=_mm256_broadcastss_ps(_mm_shuffle_ps(av,av,0xAA));c20=_mm256_fmadd_ps(x,b0,c20);c21=_mm256_fmadd_ps(x,b1,c21);
    x=_mm256_broadcastss_ps(_mm_shuffle_ps(av,av,0xFF));c30=_mm256_fmadd_ps(x,b0,c30);c31=_mm256_fmadd_ps(x,b1,c31);
    x=_mm256_broadcastss_ps(_mm_shuffle_ps(av2,av2,0xAA));c40=_mm256_fmadd_ps(x,b0,c40);c41=_mm256_fmadd_ps(x,b1,c41);
    x=_mm256_broadcastss_ps(_mm_shuffle_ps(av2,av2,0xFF));c50=_mm256_fmadd_ps(x,b0,c50);c51=_mm256_fmadd_ps(x,b1,c51);}
  __m256 s=_mm256_add_ps(_mm256_add_ps(_mm256_add_ps(c00,c01),_mm256_add_ps(c10,c11)),_mm256_add_ps(_mm256_add_ps(c20,c21),_mm256_add_ps(c30,c31)));
  s=_mm256_add_ps(s,_mm256_add_ps(_mm256_add_ps(c40,c41),_mm256_add_ps(c50,c51))); _mm256_storeu_ps(C,_mm256_add_ps(s,_mm256_loadu_ps(C)));
}
__attribute__((noinline)) void pk(void){ /* pure FMA 12 chains, 256 iters*6 */
  __m256 c0=_mm256_setzero_ps(),c1=c0,c2=c0,c3=c0,c4=c0,c5=c0,c6=c0,c7=c0,c8=c0,c9=c0,c10=c0,c11=c0; __m256 x=_mm256_set1_ps(0.999f),y=_mm256_set1_ps(1e-7f);
  for(int p=0;p<KC;p++){c0=_mm256_fmadd_ps(x,c0,y);c1=_mm256_fmadd_ps(x,c1,y);c2=_mm256_fmadd_ps(x,c2,y);c3=_mm256_fmadd_ps(x,c3,y);c4=_mm256_fmadd_ps(x,c4,y);c5=_mm256_fmadd_ps(x,c5,y);
    c6=_mm256_fmadd_ps(x,c6,y);c7=_mm256_fmadd_ps(x,c7,y);c8=_mm256_fmadd_ps(x,c8,y);c9=_mm256_fmadd_ps(x,c9,y);c10=_mm256_fmadd_ps(x,c10,y);c11=_mm256_fmadd_ps(x,c11,y);}
  __m256 s=_mm256_add_ps(_mm256_add_ps(_mm256_add_ps(c0,c1),_mm256_add_ps(c2,c3)),_mm256_add_ps(_mm256_add_ps(c4,c5),_mm256_add_ps(c6,c7)));
  s=_mm256_add_ps(s,_mm256_add_ps(_mm256_add_ps(c8,c9),_mm256_add_ps(c10,c11))); _mm256_storeu_ps(C,_mm256_add_ps(s,_mm256_loadu_ps(C)));
}
int main(int argc,char**argv){
  int rounds=argc>1?atoi(argv[1]):10;
  for(int i=0;i<24*KC;i++){A[i]=1e-3f*(i%7);B[i]=1e-3f*(i%5);}
  void(*f[4])(void)={pk,k6x16,k4x24,k6x16p}; const char*nm[4]={"fma","6x16","4x24","6x16sh"};
  for(int r=0;r<rounds;r++){
    for(int v=0;v<4;v++){double t0=now();long it=0;while(now()-t0<0.25){for(int q=0;q<1000;q++)f[v]();it+=1000;}
      printf("%s %.1f  ",nm[v],it*(double)KC*12*16/(now()-t0)/1e9);}
    printf("\n"); fflush(stdout);}
}
