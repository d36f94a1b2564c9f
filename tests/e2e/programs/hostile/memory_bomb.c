/* Allocates 1 MB chunks forever, touching every page; never frees.
 * Chunks are kept on a global list so the compiler cannot drop the mallocs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK (1 << 20)

void *head = NULL;

int main(void) {
    for (;;) {
        void **p = malloc(CHUNK);
        if (p == NULL) {
            fputs("MALLOC FAILED\n", stderr);
            return 1;
        }
        memset(p, 1, CHUNK);  /* non-zero: touches (and dirties) every page */
        *p = head;
        head = p;
    }
}
