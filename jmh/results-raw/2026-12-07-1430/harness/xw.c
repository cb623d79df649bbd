#define _GNU_SOURCE
#include <stdlib.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdatomic.h>
#include <time.h>
#include <string.h>
static _Atomic long flag __attribute__((aligned(64)));
static float *buf; static long n; static int ITER=2000;
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
static void pin(int c){cpu_set_t s;CPU_ZERO(&s);CPU_SET(c,&s);pthread_setaffinity_np(pthread_self(),sizeof s,&s);}
static volatile float sink;
static float readall(){float s0=0; for(long i=0;i<n;i+=16){s0+=buf[i];} return s0;}
static void writeall(int v){for(long i=0;i<n;i++)buf[i]=v;}
static int mode;
// thread 1: on odd flag: mode 0 = read buffer (share lines), mode 1 = write buffer (own lines modified remotely)
static void* other(void*x){pin(1);for(long i=1;;i+=2){while(atomic_load(&flag)!=i);if(mode==0)sink=readall();else writeall(i); atomic_store(&flag,i+1);}return 0;}
int main(int c,char**v){n=atol(v[1])/4;buf=aligned_alloc(64,n*4);memset(buf,0,n*4);pin(0);pthread_t t;pthread_create(&t,0,other,0);
 double tw[3]={0,0,0};
 for(long i=0;i<3*ITER;i++){ int m=i%3; writeall(i); if(m<2){mode=m; long f=atomic_load(&flag); atomic_store(&flag,f+1); while(atomic_load(&flag)!=f+2);} double t0=now(); writeall(i+1); tw[m]+=now()-t0;}
 printf("bytes %ld: write after remote read %.1f us, after remote write %.1f us, local %.1f us\n", n*4, tw[0]/ITER*1e6, tw[1]/ITER*1e6, tw[2]/ITER*1e6);
 return 0;}
