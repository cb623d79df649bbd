#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <immintrin.h>
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
int main(int argc,char**argv){
  size_t sizes[]={16<<10,256<<10,2<<20,8<<20,64<<20};
  for(int si=0;si<5;si++){
    size_t n=sizes[si]/4; float*a=aligned_alloc(64,n*4); for(size_t i=0;i<n;i++)a[i]=i;
    double best=0; 
    for(int rep=0;rep<5;rep++){
      double t0=now(); size_t bytes=0; __m256 s0=_mm256_setzero_ps(),s1=s0,s2=s0,s3=s0;
      while(bytes< (size_t)1<<30){ for(size_t i=0;i<n;i+=32){s0=_mm256_add_ps(s0,_mm256_load_ps(a+i));s1=_mm256_add_ps(s1,_mm256_load_ps(a+i+8));s2=_mm256_add_ps(s2,_mm256_load_ps(a+i+16));s3=_mm256_add_ps(s3,_mm256_load_ps(a+i+24));} bytes+=n*4;}
      double t=now()-t0; float r[8]; _mm256_storeu_ps(r,_mm256_add_ps(_mm256_add_ps(s0,s1),_mm256_add_ps(s2,s3))); if(r[0]==-1)printf("x");
      double gb=bytes/t/1e9; if(gb>best)best=gb;}
    printf("%zu KiB: %.1f GB/s\n",sizes[si]>>10,best); free(a);}
}
