/* Keeps MEGABYTES of memory where no RSS sees it: argv[1] says where (memfd, shm for /dev/shm,
 * tmp for /tmp, sysv for SysV shared memory, mmap for a shared mapping of a file in /tmp).
 * Reads the size from stdin. Prints "KEPT n MB" if it got all of it. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <unistd.h>

static char chunk[1 << 20];

static int fill_fd(int fd, int megabytes) {
    memset(chunk, 'x', sizeof(chunk));
    for (int i = 0; i < megabytes; i++)
        if (write(fd, chunk, sizeof(chunk)) != (ssize_t)sizeof(chunk)) return i;
    return megabytes;
}

int main(void) {
    char where[16];
    int megabytes;
    if (scanf("%15s %d", where, &megabytes) != 2) return 2;
    size_t size = (size_t)megabytes << 20;
    int kept = 0;
    if (strcmp(where, "memfd") == 0) {
        kept = fill_fd(memfd_create("hide", 0), megabytes);
    } else if (strcmp(where, "shm") == 0) {
        kept = fill_fd(open("/dev/shm/hide", O_CREAT | O_WRONLY, 0600), megabytes);
    } else if (strcmp(where, "tmp") == 0) {
        kept = fill_fd(open("/tmp/hide", O_CREAT | O_WRONLY, 0600), megabytes);
    } else if (strcmp(where, "sysv") == 0) {
        int id = shmget(IPC_PRIVATE, size, IPC_CREAT | 0600);
        if (id < 0) { perror("shmget"); return 3; }
        char *p = shmat(id, NULL, 0);
        if (p == (void *)-1) { perror("shmat"); return 3; }
        memset(p, 'x', size);
        shmdt(p); /* the segment outlives the process */
        kept = megabytes;
    } else if (strcmp(where, "mmap") == 0) {
        int fd = open("/tmp/mapped", O_CREAT | O_RDWR, 0600);
        if (fd < 0 || ftruncate(fd, size) != 0) { perror("ftruncate"); return 3; }
        char *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        if (p == MAP_FAILED) { perror("mmap"); return 3; }
        memset(p, 'x', size);
        munmap(p, size);
        kept = megabytes;
    }
    printf("KEPT %d MB\n", kept);
    return kept == megabytes ? 0 : 1;
}
