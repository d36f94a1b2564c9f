/* Writes 'x' characters to stdout forever. */
#include <string.h>
#include <unistd.h>

int main(void) {
    static char buf[1 << 16];
    memset(buf, 'x', sizeof buf);
    for (;;) write(1, buf, sizeof buf);
}
