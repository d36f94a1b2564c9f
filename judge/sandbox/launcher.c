/* launcher: fork, exec the solution, wait for it, report its resource usage.
 *
 * Why it exists: ru_maxrss keeps the high-water mark of the memory a process had *before* exec,
 * so a solution forked straight from the (Python) supervisor would be charged the supervisor's
 * ~10 MB. This launcher is tiny; the solution forked from it is measured honestly.
 *
 * usage: launcher REPORT_FD PROGRAM [ARG...]
 * Writes "status utime_us stime_us maxrss_kb\n" to REPORT_FD after the program ends. The launcher
 * makes itself non-dumpable, so the solution (same uid under bubblewrap) cannot open its
 * /proc/PID/fd and forge the report.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: launcher REPORT_FD PROGRAM [ARG...]\n");
        return 126;
    }
    int report_fd = atoi(argv[1]);
    prctl(PR_SET_DUMPABLE, 0);
    pid_t child = fork();
    if (child < 0) {
        fprintf(stderr, "judge: fork failed: %s\n", strerror(errno));
        return 126;
    }
    if (child == 0) {
        close(report_fd);
        execvp(argv[2], argv + 2);
        fprintf(stderr, "judge: cannot execute %s: %s\n", argv[2], strerror(errno));
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
