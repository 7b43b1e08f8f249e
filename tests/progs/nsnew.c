/*
 * nsnew.c: -e namespace=new (tests/expect.py; run with -e trace=unshare,setns,clone,clone3).
 * Calls that enter namespaces of one type and of several, a call that enters none (flags 0),
 * calls that fail, clone and clone3 whose child starts in new ones, and unshare(CLONE_NEWPID),
 * after which the caller is still in its old pid namespace (only its children are not).
 * The program reads each namespace's link itself to say what the tracer must print. A
 * child waits on a pipe until its parent has read its links, so they are there to read
 * when the tracer prints the clone line; no exit signal, so no SIGCHLD line. Needs root
 * (CAP_SYS_ADMIN): else it is skipped.
 */
#include <fcntl.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include "expect.h"

/* " (uts:[4026532242], ...)": the links of pid's namespaces of these types, in this order */
static const char *links(pid_t pid, const char *const *types)
{
	static char text[512];
	size_t n = 0;

	for (int i = 0; types[i]; i++) {
		char path[64], link[128];
		ssize_t len;

		snprintf(path, sizeof(path), "/proc/%d/ns/%s", pid, types[i]);
		len = readlink(path, link, sizeof(link) - 1);
		if (len <= 0)
			exit(1);
		n += snprintf(text + n, sizeof(text) - n, "%s%.*s", i ? ", " : " (", (int)len, link);
	}
	snprintf(text + n, sizeof(text) - n, ")");
	return text;
}

static void expect_ns(long rc, const char *text, const char *call)
{
	int err = errno;

	if (rc < 0)
		exit(1);
	printf("%-*s = %ld%s\n", EXPECT_COLUMN, call, rc, text);
	errno = err;
}

/* A child in new namespaces, held until its parent has read its links. */
static void clone_child(int clone3_call)
{
	static const char *const uts[] = { "uts", NULL };
	static const char *const ipc_uts[] = { "ipc", "uts", NULL };
	struct clone_args ca;
	char call[256];
	int p[2];
	long pid;

	if (pipe(p) != 0)
		exit(1);
	memset(&ca, 0, sizeof(ca));
	ca.flags = CLONE_NEWUTS | CLONE_NEWIPC;
	if (clone3_call)
		pid = syscall(SYS_clone3, &ca, sizeof(ca));
	else
		pid = syscall(SYS_clone, CLONE_NEWUTS, 0, 0, 0, 0);
	if (pid == 0) {
		char c;

		close(p[1]);
		_exit(read(p[0], &c, 1) == 0 ? 0 : 1);
	}
	if (clone3_call)
		snprintf(call, sizeof(call), "clone3({flags=CLONE_NEWUTS|CLONE_NEWIPC, exit_signal=0, "
			 "stack=NULL, stack_size=0}, %zu)", sizeof(ca));
	else
		snprintf(call, sizeof(call), "clone(child_stack=NULL, flags=CLONE_NEWUTS)");
	expect_ns(pid, links((pid_t)pid, clone3_call ? ipc_uts : uts), call);
	close(p[0]);
	close(p[1]);
	if (waitpid((pid_t)pid, NULL, __WALL) != pid)
		exit(1);
}

int main(void)
{
	static const char *const uts[] = { "uts", NULL };
	static const char *const ipc_net[] = { "ipc", "net", NULL };
	static const char *const pid_ns[] = { "pid", NULL };
	char call[64];
	long rc;

	if (geteuid() != 0)
		return 77;
	int fd = open("/proc/self/ns/uts", O_RDONLY);
	if (fd < 0)
		return 1;

	rc = unshare(CLONE_NEWUTS);
	expect_ns(rc, links(getpid(), uts), "unshare(CLONE_NEWUTS)");
	rc = unshare(CLONE_NEWIPC | CLONE_NEWNET);
	expect_ns(rc, links(getpid(), ipc_net), "unshare(CLONE_NEWIPC|CLONE_NEWNET)");
	rc = unshare(0);
	expect(rc, "unshare(0)");
	rc = unshare(CLONE_NEWUTS | CLONE_THREAD);	/* a thread group of one: allowed */
	expect_ns(rc, links(getpid(), uts), "unshare(CLONE_THREAD|CLONE_NEWUTS)");
	rc = setns(-1, CLONE_NEWUTS);
	expect(rc, "setns(-1, CLONE_NEWUTS)");
	rc = setns(fd, CLONE_NEWNET);	/* a uts namespace is no net one */
	snprintf(call, sizeof(call), "setns(%d, CLONE_NEWNET)", fd);
	expect(rc, "%s", call);
	rc = setns(fd, CLONE_NEWUTS);
	snprintf(call, sizeof(call), "setns(%d, CLONE_NEWUTS)", fd);
	expect_ns(rc, links(getpid(), uts), call);
	rc = setns(fd, 0);
	snprintf(call, sizeof(call), "setns(%d, 0)", fd);
	expect(rc, "%s", call);
	clone_child(0);
	clone_child(1);
	rc = unshare(CLONE_NEWPID);
	expect_ns(rc, links(getpid(), pid_ns), "unshare(CLONE_NEWPID)");
	return expect_done();
}
