#define _GNU_SOURCE
#include <stdlib.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdatomic.h>
#include <time.h>
static _Atomic long flag __attribute__((aligned(64)));
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
static void pin(int c){cpu_set_t s;CPU_ZERO(&s);CPU_SET(c,&s);pthread_setaffinity_np(pthread_self(),sizeof s,&s);}
static void* other(void*x){pin(1);for(long i=1;;i+=2){while(atomic_load(&flag)!=i);atomic_store(&flag,i+1);}return 0;}
int main(int c,char**v){pin(0);pthread_t t;pthread_create(&t,0,other,0);long i=0;double end=now()+atof(v[1]);
 while(now()<end){double t0=now();long n=0;while(now()-t0<0.5){for(int r=0;r<10000;r++){atomic_store(&flag,i+1);while(atomic_load(&flag)!=i+2);i+=2;}n+=10000;}
 printf("%.0f ",(now()-t0)/n*1e9);fflush(stdout);}printf("\n");return 0;}
