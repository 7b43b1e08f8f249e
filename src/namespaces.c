/*
 * namespaces.c: -e namespace=new (--namespace=new), as strace 7.2 prints it. After a call
 * that put a process into namespaces (unshare, setns, clone, clone3 with CLONE_NEW* types),
 * the namespaces of those types it is in now, as /proc/PID/ns names them, after the result:
 *
 *    unshare(CLONE_NEWNS|CLONE_NEWUTS) = 0 (mnt:[4026532176], uts:[4026532242])
 *
 * unshare and setns move the caller; clone and clone3 start the child in them, so the
 * child's are read, under the pid the call returned. A namespace whose link cannot be read
 * (a child that already ended) is left out, and a call that failed or names no type prints
 * nothing more. The types come in the order of their names.
 */
#include <sched.h>
#include <stdio.h>
#include <unistd.h>

#include "abi.h"
#include "mem.h"
#include "namespaces.h"
#include "output.h"
#include "strc.h"
#include "sysids.h"

static const struct {
	unsigned long flag;
	const char *name;
} ns_types[] = {
	{ CLONE_NEWCGROUP, "cgroup" }, { CLONE_NEWIPC, "ipc" }, { CLONE_NEWNS, "mnt" },
	{ CLONE_NEWNET, "net" }, { CLONE_NEWPID, "pid" }, { CLONE_NEWTIME, "time" },
	{ CLONE_NEWUSER, "user" }, { CLONE_NEWUTS, "uts" },
};

/* The CLONE_NEW* types the call asked for, and whose namespaces they are now. */
static unsigned long asked_types(struct tracee *t, pid_t *whose)
{
	uint64_t flags;

	*whose = t->pid;
	switch (t->id) {
	case SYS_unshare:
		return arg_ulong(t, 0);
	case SYS_setns:
		return arg_ulong(t, 1);
	case SYS_clone:
		*whose = (pid_t)t->rval;
		return arg_ulong(t, 0);
	case SYS_clone3:
		*whose = (pid_t)t->rval;
		if (arg_ulong(t, 1) < sizeof(flags) ||
		    umoven(t, arg_ulong(t, 0), sizeof(flags), &flags) != 0)
			return 0;
		return flags;
	default:
		return 0;
	}
}

void namespaces_suffix(struct tracee *t)
{
	unsigned long types;
	pid_t whose;
	int n = 0;

	if (t->err || !t->se || t->style.raw)
		return;
	types = asked_types(t, &whose);
	if (whose <= 0)
		return;
	for (size_t i = 0; i < sizeof(ns_types) / sizeof(ns_types[0]); i++) {
		char path[64], link[256];
		ssize_t len;

		if (!(types & ns_types[i].flag))
			continue;
		snprintf(path, sizeof(path), "/proc/%d/ns/%s", whose, ns_types[i].name);
		len = readlink(path, link, sizeof(link) - 1);
		if (len <= 0)
			continue;
		tprintf("%s%.*s", n++ ? ", " : " (", (int)len, link);
	}
	if (n)
		tputc(')');
}
