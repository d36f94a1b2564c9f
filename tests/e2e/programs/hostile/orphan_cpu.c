/* A grandchild, re-parented to init at once, burns CPU while the program's own process exits
 * soon after: only a count of everything that ever ran catches it. */
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(void) {
    pid_t child = fork();
    if (child == 0) {
        if (fork() == 0) {
            close(1);
            close(2);
            volatile unsigned long x = 0;
            for (;;) x++;
        }
        _exit(0);
    }
    waitpid(child, NULL, 0);
    sleep(2);
    puts("OK");
    return 0;
}
