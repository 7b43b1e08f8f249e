/*
 * runas.c: what the command gets before it runs: -E changes its environment, -u runs it
 * as another user. The user is looked up in the tracer, so a bad name is reported before
 * anything starts; the change of identity happens in the child, between fork and execve,
 * where the tracer keeps its own privileges to trace it.
 */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "strc.h"
#include "tracer.h"

static uid_t run_uid;
static gid_t run_gid;
static char *run_name;
static int run_ids;	/* -u UID:GID: no name, so no supplementary groups */

/* "UID:GID", both decimal: strace then looks no name up. 0 if s is one. */
static int parse_ids(const char *s)
{
	char *end;
	unsigned long uid, gid;

	errno = 0;
	uid = strtoul(s, &end, 10);
	if (end == s || *end != ':' || *s == '-' || uid > (uid_t)-2)
		return -1;
	s = end + 1;
	gid = strtoul(s, &end, 10);
	if (errno || end == s || *end || *s == '-' || gid > (gid_t)-2)
		return -1;
	run_uid = (uid_t)uid;
	run_gid = (gid_t)gid;
	return 0;
}


void command_lookup_user(void)
{
	struct passwd *pw;

	if (!opt.username)
		return;
	if (strchr(opt.username, ':')) {
		if (parse_ids(opt.username) < 0)
			die("Invalid UID:GID pair '%s'", opt.username);
		run_ids = 1;
		return;
	}
	errno = 0;
	pw = getpwnam(opt.username);
	if (!pw)
		die("Cannot find user '%s'", opt.username);
	run_uid = pw->pw_uid;
	run_gid = pw->pw_gid;
	run_name = strdup(pw->pw_name);
	if (!run_name)
		die("out of memory");
}

/* "VAR=VAL" sets VAR, a bare "VAR" removes it, in the order given. */
static void apply_env(void)
{
	for (int i = 0; i < opt.nenv; i++) {
		const char *e = opt.env[i];

		if (strchr(e, '=')) {
			char *copy = strdup(e);

			if (!copy || putenv(copy) != 0)
				die("putenv: %s", strerror(errno));
		} else {
			unsetenv(e);
		}
	}
}

static void drop_to_user(void)
{
	if (run_ids) {
		if (setgroups(0, NULL) < 0)
			die("setgroups: %s", strerror(errno));
	} else if (!run_name) {
		return;
	} else if (initgroups(run_name, run_gid) < 0) {
		die("initgroups: %s", strerror(errno));
	}
	if (setregid(run_gid, run_gid) < 0)
		die("setregid: %s", strerror(errno));
	if (setreuid(run_uid, run_uid) < 0)
		die("setreuid: %s", strerror(errno));
}

/* In the child, just before execve. */
void command_prepare(void)
{
	apply_env();
	drop_to_user();
}
