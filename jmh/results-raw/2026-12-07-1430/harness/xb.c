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
static volatile float sink; static double treadRemote=0, treadLocal=0;
static float readall(){float s0=0,s1=0,s2=0,s3=0; for(long i=0;i<n;i+=16){s0+=buf[i];} return s0;}
static void writeall(int v){for(long i=0;i<n;i++)buf[i]=v;}
// thread 1: waits for odd flag, reads buffer (written by thread0), times it, writes buffer, sets flag even
static void* other(void*x){pin(1);for(long i=1;;i+=2){while(atomic_load(&flag)!=i);double t0=now();sink=readall();treadRemote+=now()-t0; writeall(i); atomic_store(&flag,i+1); if(i>2*ITER) break;}return 0;}
int main(int c,char**v){n=atol(v[1])/4;buf=aligned_alloc(64,n*4);memset(buf,0,n*4);pin(0);pthread_t t;pthread_create(&t,0,other,0);
 for(long i=0;i<ITER;i++){ writeall(i); atomic_store(&flag,2*i+1); while(atomic_load(&flag)!=2*i+2); double t0=now(); sink=readall(); treadRemote+=now()-t0; double t1=now(); sink=readall(); treadLocal+=now()-t1;}
 printf("bytes %ld: remote read %.1f us (%.2f GB/s), local read %.1f us\n", n*4, treadRemote/(2*ITER)*1e6, n*4/(treadRemote/(2*ITER))/1e9, treadLocal/ITER*1e6);
 return 0;}
