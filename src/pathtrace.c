/*
 * pathtrace.c: -P PATH and --trace-fds=SET, the calls shown by what they touch.
 *
 * A call is shown when one of its path arguments is, as a string, one of the -P paths, or
 * one of its descriptor arguments (a select or poll set counts) is open on one of them as
 * /proc/PID/fd says, or is in the --trace-fds set. A -P path that resolves (symlinks,
 * "..", a relative path) into another one brings that one along, as strace does. Only
 * calls of the file, descriptor and network classes can match; the arguments looked at
 * are those the call's signature (syscalltab/syscalls.sig) calls path, fd or dirfd.
 */
#include <limits.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "abi.h"
#include "filter.h"
#include "mem.h"
#include "print.h"
#include "strc.h"
#include "sysids.h"

enum { MAX_SET_FDS = 65536 };	/* more descriptors than a select or poll set can have */

static char **paths;
static int npaths;

static void add_path(const char *p)
{
	char *copy = strdup(p);
	char **n = realloc(paths, (npaths + 1) * sizeof(*paths));

	if (!copy || !n)
		die("out of memory");
	paths = n;
	paths[npaths++] = copy;
}

/* The -P paths from the command line, each with what it resolves into. */
void pathtrace_init(void)
{
	while (npaths > 0)
		free(paths[--npaths]);
	for (int i = 0; i < opt.npaths; i++) {
		const char *p = opt.paths[i];
		char *real = realpath(p, NULL);

		add_path(p);
		if (real && strcmp(real, p)) {
			if (!quiet_about(QUIET_PATH_RESOLUTION)) {
				output_flush_all();
				warnx_("Requested path \"%s\" resolved into \"%s\"", p, real);
			}
			add_path(real);
		}
		free(real);
	}
}

int pathtrace_has(const char *path)
{
	for (int i = 0; i < npaths; i++)
		if (strcmp(paths[i], path) == 0)
			return 1;
	return 0;
}

int pathtrace_active(void)
{
	return npaths > 0 || trace_fds_used();
}

static int fd_matches(struct tracee *t, int fd)
{
	char link[64], target[PATH_MAX];
	ssize_t n;

	if (fd < 0)
		return 0;
	if (trace_fds_used() && trace_fd_wanted(fd))
		return 1;
	if (!npaths)
		return 0;
	snprintf(link, sizeof(link), "/proc/%d/fd/%d", t->pid, fd);
	n = readlink(link, target, sizeof(target) - 1);
	if (n < 0)
		return 0;
	target[n] = 0;
	return pathtrace_has(target);
}

static int path_matches(struct tracee *t, uint64_t addr)
{
	char buf[PATH_MAX + 1];	/* strace reads one byte more than a path can have */
	long n;

	if (!npaths)
		return 0;
	n = umovestr(t, addr, sizeof(buf), buf);
	if (n < 0 || n == (long)sizeof(buf))
		return 0;
	buf[n] = 0;
	return pathtrace_has(buf);
}

/* select's sets: nfds bits each, read as bytes (the bit order is the same for any word). */
static int fdset_matches(struct tracee *t, int nfds, uint64_t addr)
{
	unsigned char *bits;
	size_t len;
	int found = 0;

	if (!addr || nfds <= 0)
		return 0;
	if (nfds > MAX_SET_FDS)
		nfds = MAX_SET_FDS;
	len = (nfds + 7) / 8;
	bits = malloc(len);
	if (!bits)
		die("out of memory");
	if (umoven(t, addr, len, bits) == 0)
		for (int fd = 0; fd < nfds && !found; fd++)
			if (bits[fd / 8] & (1u << (fd % 8)))
				found = fd_matches(t, fd);
	free(bits);
	return found;
}

static int pollfds_match(struct tracee *t, uint64_t addr, uint64_t nfds)
{
	struct pollfd p;

	if (nfds > MAX_SET_FDS)
		nfds = MAX_SET_FDS;
	for (uint64_t i = 0; i < nfds; i++) {
		if (umoven(t, addr + i * sizeof(p), sizeof(p), &p) < 0)
			return 0;
		if (fd_matches(t, p.fd))
			return 1;
	}
	return 0;
}

/* Path arguments strace does not look at: a symlink's target, rename's new name. */
static const struct {
	int id;
	int arg;
} unlooked[] = {
	{ SYS_symlink, 0 }, { SYS_symlinkat, 0 }, { SYS_rename, 1 },
};

static int looked_at(int id, int arg)
{
	for (size_t i = 0; i < sizeof(unlooked) / sizeof(unlooked[0]); i++)
		if (unlooked[i].id == id && unlooked[i].arg == arg)
			return 0;
	return 1;
}

/* The call at entry touches a -P path or a --trace-fds descriptor. */
int pathtrace_match(struct tracee *t)
{
	const struct sysent *se = t->se;

	if (!se || !(se->classes & (CLASS_FILE | CLASS_DESC | CLASS_NETWORK)))
		return 0;
	/* the descriptors a call names in memory, where its signature says they are */
	if (se->flags & SF_FD_SETS) {
		for (int i = 1; i <= 3; i++)
			if (fdset_matches(t, arg_int(t, 0), arg_ulong(t, i)))
				return 1;
		return 0;
	}
	if (se->flags & SF_POLLFDS)
		return pollfds_match(t, arg_ulong(t, 0), (unsigned)arg_ulong(t, 1));
	/* strace reads the first argument of any file call as a path: getcwd's buffer too */
	if ((se->classes & CLASS_FILE) && se->nargs && se->arg[0] != ARG_FD &&
	    se->arg[0] != ARG_DIRFD && se->arg[0] != ARG_PATH && path_matches(t, arg_ulong(t, 0)))
		return 1;
	for (int i = 0; i < se->nargs; i++) {
		switch (se->arg[i]) {
		case ARG_PATH:
			if (looked_at(t->id, i) && path_matches(t, arg_ulong(t, i)))
				return 1;
			break;
		case ARG_FD:
		case ARG_DIRFD:
			if (fd_matches(t, arg_int(t, i)))
				return 1;
			break;
		}
	}
	return 0;
}
