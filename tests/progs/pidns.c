/*
 * pidns.c: the numbers a process sees in a pid namespace of its own, for
 * --decode-pids=pidns. It makes the namespace itself (unshare(CLONE_NEWPID), root only) and
 * forks into it, so that nothing execs there and -Y's names do not depend on when an exec
 * happens: the child is 1 there and its own child 2, whatever numbers the tracer's
 * namespace gives them. Its own pid, thread, group and
 * session (the session began outside: 0 here), a number no process has, a group as a
 * negative number and as waitid's P_PGID and ioprio's IOPRIO_WHO_PGRP, a child seen alive
 * (waitid WNOWAIT, its SIGCHLD) and then reaped (wait4: gone by the time the result is
 * printed).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <linux/ioprio.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static int in_namespace(void)
{
	pid_t me = getpid();
	siginfo_t si;
	int status;

	getppid();
	syscall(SYS_gettid);
	kill(me, 0);
	kill(99999, 0);
	syscall(SYS_tgkill, me, me, 0);
	setpgid(0, 0);
	setpgid(me, me);
	getpgid(0);
	getpgrp();
	getsid(0);
	kill(-me, 0);
	/* a process group where the call takes one: translated, never named */
	waitid(P_PGID, me, &si, WEXITED | WNOHANG);
	syscall(SYS_ioprio_get, IOPRIO_WHO_PGRP, me);
	syscall(SYS_ioprio_set, IOPRIO_WHO_PGRP, me, 0);
	syscall(SYS_ioprio_get, IOPRIO_WHO_PROCESS, me);
	syscall(SYS_ioprio_get, IOPRIO_WHO_USER, 0);
	pid_t child = fork();
	if (child == 0) {
		kill(getppid(), 0);
		_exit(0);
	}
	if (child < 0 || waitid(P_ALL, 0, &si, WEXITED | WNOWAIT) != 0)
		return 1;
	if (wait4(child, &status, 0, NULL) != child)
		return 1;
	/* 1 and 2 only in a namespace of its own: anywhere else the test is not what it says */
	if (me != 1 || child != 2) {
		fprintf(stderr, "pidns: pid %d, child %d: not in a new pid namespace\n", me, child);
		return 1;
	}
	return 0;
}

int main(void)
{
	int status;

	if (unshare(CLONE_NEWPID) != 0)
		return 1;
	pid_t first = fork();
	if (first == 0)
		_exit(in_namespace());
	if (first < 0 || wait4(first, &status, 0, NULL) != first)
		return 1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
