/* launcher: a tiny fork server that starts every command of a sandbox session.
 *
 * Why it exists: ru_maxrss keeps the high-water mark of the memory a process had *before* exec,
 * so a solution forked straight from the (Python) supervisor would be charged the supervisor's
 * ~10 MB; and starting a process is the main cost of a test. The supervisor starts this launcher
 * once per session; for each command it forks a child from this small process (honest memory,
 * cheap fork), which applies the limits, drops to the solution's uid and execs.
 *
 * usage: launcher SOCKET_FD
 * Requests arrive on the SOCK_SEQPACKET socket SOCKET_FD, one message each, with the command's
 * stdin, stdout and stderr attached (SCM_RIGHTS) and a payload of NUL-terminated fields:
 *   DIR CPU_S FSIZE_B STACK_B AS_B NPROC UID ARGC ARG... ENVC ENV...
 * (numbers may be "-" for "leave as is"; UID is applied only when we run as root). The launcher
 * lives in the run cgroup the supervisor put it in, so each child is born in it.
 * Replies: "pid PID" once the child has exec'd, then "done STATUS UTIME_US STIME_US MAXRSS_KB"
 * when it has ended; "error MESSAGE" when the child could not be set up (the judge's failure, not
 * the program's: its limits or uid could not be applied). The launcher is non-dumpable,
 * so a process of the same uid cannot open its /proc/PID/fd to forge replies.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_MESSAGE (256 * 1024)
#define MAX_FIELDS 4096

static int limit(int resource, const char *value) {
    if (strcmp(value, "-") == 0) return 0;
    rlim_t n = (rlim_t)strtoull(value, NULL, 10);
    struct rlimit rl = {n, n};
    return setrlimit(resource, &rl);
}

/* The child's end of a close-on-exec pipe: a setup failure is written here, and a successful
 * exec closes it, so the launcher knows which of the two happened before it says "pid". */
static int setup_fd = -1;

static void child_fail(const char *what) {
    dprintf(setup_fd, "%s: %s", what, strerror(errno));
    _exit(126);
}

static void reply(int sock, const char *text) {
    while (send(sock, text, strlen(text), MSG_NOSIGNAL) < 0 && errno == EINTR) {
    }
}

/* Runs in the forked child: never returns. */
static void start(char **field, int fields, int fds[3]) {
    int i = 0;
    const char *dir = field[i++], *cpu = field[i++], *fsize = field[i++], *stack = field[i++];
    const char *as = field[i++], *nproc = field[i++], *uid = field[i++];
    int argc = atoi(field[i++]);
    if (argc < 1 || i + argc >= fields) child_fail("malformed request");
    char **argv = &field[i];
    i += argc;
    int envc = atoi(field[i]);
    field[i] = NULL; /* terminates argv */
    i++;
    if (envc < 0 || i + envc > fields) child_fail("malformed request");
    char **envp = &field[i];
    /* envp is NULL-terminated by the caller's spare slot */

    if (setsid() < 0) child_fail("setsid");
    /* Should memory run out anyway, the kernel kills the solution first, never the supervisor.
     * (Dumpable again first, or our /proc files stay root's; exec would reset it anyway.) */
    prctl(PR_SET_DUMPABLE, 1);
    int oom = open("/proc/self/oom_score_adj", O_WRONLY);
    if (oom >= 0) {
        if (write(oom, "1000", 4) < 0) { /* best effort */
        }
        close(oom);
    }
    for (int k = 0; k < 3; k++) {
        if (dup2(fds[k], k) < 0) child_fail("dup2");
    }
    if (setup_fd < 3) child_fail("setup pipe");
    /* Everything but 0-2 and the setup pipe (close-on-exec) goes. */
    syscall(SYS_close_range, 3, setup_fd - 1, 0);
    syscall(SYS_close_range, setup_fd + 1, ~0U, 0);
    if (chdir(dir) != 0) child_fail("chdir");
    if (limit(RLIMIT_CPU, cpu) || limit(RLIMIT_FSIZE, fsize) || limit(RLIMIT_STACK, stack) ||
        limit(RLIMIT_AS, as) || limit(RLIMIT_NPROC, nproc) || limit(RLIMIT_CORE, "0") ||
        limit(RLIMIT_NOFILE, "256") || limit(RLIMIT_MSGQUEUE, "0"))
        child_fail("setrlimit");
    if (strcmp(uid, "-") != 0 && getuid() == 0) {
        uid_t id = (uid_t)atoi(uid);
        if (setgroups(0, NULL) || setgid(id) || setuid(id)) child_fail("dropping privileges");
    }
    execvpe(argv[0], argv, envp);
    dprintf(2, "judge: cannot execute %s: %s\n", argv[0], strerror(errno));
    _exit(127);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: launcher SOCKET_FD\n");
        return 2;
    }
    int sock = atoi(argv[1]);
    prctl(PR_SET_DUMPABLE, 0);
    static char buffer[MAX_MESSAGE + 1];
    static char *field[MAX_FIELDS + 1];

    for (;;) {
        struct iovec iov = {buffer, MAX_MESSAGE};
        char control[CMSG_SPACE(3 * sizeof(int))];
        struct msghdr msg = {0};
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof(control);
        ssize_t size = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
        if (size < 0 && errno == EINTR) continue;
        if (size <= 0) return 0; /* the supervisor is gone: so are we */

        int fds[3] = {-1, -1, -1};
        struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
        if (cmsg && cmsg->cmsg_level == SOL_SOCKET && cmsg->cmsg_type == SCM_RIGHTS &&
            cmsg->cmsg_len == CMSG_LEN(3 * sizeof(int)))
            memcpy(fds, CMSG_DATA(cmsg), sizeof(fds));
        buffer[size] = '\0';
        int fields = 0;
        for (char *p = buffer; p < buffer + size && fields < MAX_FIELDS; p += strlen(p) + 1) field[fields++] = p;
        field[fields] = NULL;

        if (fds[0] < 0 || fields < 9) {
            reply(sock, "error malformed request");
            for (int k = 0; k < 3; k++)
                if (fds[k] >= 0) close(fds[k]);
            continue;
        }
        int setup[2];
        char text[640];
        if (pipe2(setup, O_CLOEXEC) < 0) {
            snprintf(text, sizeof(text), "error pipe: %s", strerror(errno));
            reply(sock, text);
            for (int k = 0; k < 3; k++) close(fds[k]);
            continue;
        }
        pid_t child = fork();
        if (child == 0) {
            close(setup[0]);
            setup_fd = setup[1];
            start(field, fields, fds);
        }
        close(setup[1]);
        for (int k = 0; k < 3; k++) close(fds[k]);
        if (child < 0) {
            close(setup[0]);
            snprintf(text, sizeof(text), "error fork: %s", strerror(errno));
            reply(sock, text);
            continue;
        }
        /* EOF: the exec happened. Bytes: the child failed before it, and says why. */
        char why[512];
        ssize_t got, total = 0;
        while ((got = read(setup[0], why + total, sizeof(why) - 1 - total)) != 0) {
            if (got < 0) {
                if (errno == EINTR) continue;
                break;
            }
            total += got;
            if (total == (ssize_t)sizeof(why) - 1) break;
        }
        close(setup[0]);
        if (total > 0) {
            why[total] = '\0';
            while (waitpid(child, NULL, 0) < 0 && errno == EINTR) {
            }
            snprintf(text, sizeof(text), "error %s", why);
            reply(sock, text);
            continue;
        }
        snprintf(text, sizeof(text), "pid %d", (int)child);
        reply(sock, text);

        int status = 0;
        struct rusage usage;
        while (wait4(child, &status, 0, &usage) < 0) {
            if (errno != EINTR) break;
        }
        snprintf(text, sizeof(text), "done %d %ld %ld %ld", status,
                 (long)usage.ru_utime.tv_sec * 1000000L + usage.ru_utime.tv_usec,
                 (long)usage.ru_stime.tv_sec * 1000000L + usage.ru_stime.tv_usec, usage.ru_maxrss);
        reply(sock, text);
    }
}
