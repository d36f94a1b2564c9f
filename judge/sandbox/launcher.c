/* launcher: apply the limits, drop privileges, fork the solution, wait, report its usage.
 *
 * Why it exists: ru_maxrss keeps the high-water mark of the memory a process had *before* exec,
 * so a solution forked straight from the (Python) supervisor would be charged the supervisor's
 * ~10 MB; and a big Python process forks slowly. The supervisor posix_spawn()s this tiny program,
 * which forks the solution: measured honestly, started fast.
 *
 * usage: launcher REPORT_FD DIR CPU_S FSIZE_B STACK_B AS_B NPROC UID -- PROGRAM [ARG...]
 *   numbers may be "-" for "leave as is"; UID is only applied when we run as root.
 * Writes "status utime_us stime_us maxrss_kb\n" to REPORT_FD after the program ends. The launcher
 * makes itself non-dumpable, so the solution (same uid under bubblewrap) cannot open its
 * /proc/PID/fd and forge the report.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static int limit(int resource, const char *value) {
    if (strcmp(value, "-") == 0) return 0;
    rlim_t n = (rlim_t)strtoull(value, NULL, 10);
    struct rlimit rl = {n, n};
    return setrlimit(resource, &rl);
}

static void fail(const char *what) {
    fprintf(stderr, "judge: %s: %s\n", what, strerror(errno));
    _exit(126);
}

int main(int argc, char **argv) {
    if (argc < 11 || strcmp(argv[9], "--") != 0) {
        fprintf(stderr, "usage: launcher REPORT_FD DIR CPU_S FSIZE_B STACK_B AS_B NPROC UID -- PROGRAM [ARG...]\n");
        return 126;
    }
    int report_fd = atoi(argv[1]);
    if (chdir(argv[2]) != 0) fail("chdir");
    if (limit(RLIMIT_CPU, argv[3]) || limit(RLIMIT_FSIZE, argv[4]) || limit(RLIMIT_STACK, argv[5]) ||
        limit(RLIMIT_AS, argv[6]) || limit(RLIMIT_NPROC, argv[7]) || limit(RLIMIT_CORE, "0") ||
        limit(RLIMIT_NOFILE, "256"))
        fail("setrlimit");
    if (strcmp(argv[8], "-") != 0 && getuid() == 0) {
        uid_t uid = (uid_t)atoi(argv[8]);
        if (setgroups(0, NULL) || setgid(uid) || setuid(uid)) fail("dropping privileges");
    }
    prctl(PR_SET_DUMPABLE, 0);

    pid_t child = fork();
    if (child < 0) fail("fork");
    if (child == 0) {
        close(report_fd);
        execvp(argv[10], argv + 10);
        fprintf(stderr, "judge: cannot execute %s: %s\n", argv[10], strerror(errno));
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    while (wait4(child, &status, 0, &usage) < 0) {
        if (errno != EINTR) return 126;
    }
    dprintf(report_fd, "%d %ld %ld %ld\n", status,
            (long)usage.ru_utime.tv_sec * 1000000L + usage.ru_utime.tv_usec,
            (long)usage.ru_stime.tv_sec * 1000000L + usage.ru_stime.tv_usec, usage.ru_maxrss);
    close(report_fd);
    return 0;
}
