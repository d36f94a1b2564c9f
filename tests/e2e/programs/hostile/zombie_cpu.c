/* Twelve children each burn 0.5 s of CPU and exit; nobody waits for them (zombies), and the
 * parent itself stays idle. Sampling live processes sees none of that CPU: 6 s in all. */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static void burn(double seconds) {
    clock_t start = clock();
    volatile unsigned long x = 0;
    while ((double)(clock() - start) / CLOCKS_PER_SEC < seconds) x++;
}

int main(void) {
    for (int i = 0; i < 12; i++) {
        if (fork() == 0) {
            burn(0.5);
            _exit(0);
        }
        usleep(260000); /* roughly one child at a time per core */
    }
    sleep(1);
    puts("OK");
    return 0;
}
