/* Writes 1 MB blocks of zeros to big.bin forever; reports the first failure. */
#include <signal.h>
#include <stdio.h>

int main(void) {
    static char block[1 << 20];
    /* Ignore SIGXFSZ so a file-size limit makes the write fail with EFBIG
     * instead of killing the process outright. */
    signal(SIGXFSZ, SIG_IGN);
    FILE *f = fopen("big.bin", "wb");
    for (;;) {
        if (f == NULL || fwrite(block, 1, sizeof block, f) != sizeof block || fflush(f) != 0) {
            printf("WRITE FAILED\n");
            return 1;
        }
    }
}
