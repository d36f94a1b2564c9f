/* Four threads each burn 0.4 s of their own CPU time: 1.6 s of CPU in one process, however
 * many cores run them. */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static double thread_cpu(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void *spin(void *arg) {
    (void)arg;
    volatile unsigned long x = 0;
    while (thread_cpu() < 0.4) x++;
    return NULL;
}

int main(void) {
    pthread_t threads[4];
    pthread_attr_t attr; /* small stacks: the default is RLIMIT_STACK, as large as the memory limit */
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 1 << 20);
    for (int i = 0; i < 4; i++)
        if (pthread_create(&threads[i], &attr, spin, NULL) != 0) return 3;
    for (int i = 0; i < 4; i++) pthread_join(threads[i], NULL);
    puts("OK");
    return 0;
}
