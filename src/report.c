/*
 * report.c: --report, the failure report.
 *
 * The tracer feeds it at a few points (spawn, a call's entry and end, a signal, an exit);
 * it keeps one record per process: its command line and directory, how it ended, counts,
 * the last N call lines in a ring, the tails of what it wrote to fds 1 and 2, and its last
 * failed calls. Failed calls of the whole run are grouped by call, errno and target (the
 * path or fd of the call's signature); groups known to be probes (the loader's library
 * search, locale lookups, a name found later in another directory...) are folded at the
 * end, never dropped. The records (report_data.h) are the data; report_analyse() makes
 * the view every renderer reads: src/report_text.c renders it as text, src/report_json.c
 * as one object of the JSON stream.
 *
 * Memory: a live process holds its ring; one that ended well keeps only its summary and
 * tails, so the cost follows the live processes, not the length of the run.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "abi.h"
#include "decode.h"
#include "filter.h"
#include "json.h"
#include "mem.h"
#include "output.h"
#include "print.h"
#include "report.h"
#include "report_data.h"
#include "signals.h"
#include "strc.h"
#include "sysids.h"

#define PID_HASH 1024
#define FAIL_HASH 4096
#define MAX_GROUPS 20000	/* past this, failed calls are only counted */
#define LINE_KEPT 511		/* a failed call's or a signal's line: its start says what it was */

int report_on;

const char *const report_probe_text[PROBE_KINDS] = {
	[PROBE_ELSEWHERE] = "names looked up in one place and then found in another",
	[PROBE_LOADER] = "the dynamic loader's library search",
	[PROBE_LOCALE] = "locale and gconv lookups",
	[PROBE_TTY] = "terminal and seek checks (ENOTTY, ESPIPE)",
	[PROBE_SEARCH] = "one name looked up in three or more directories, never found",
	[PROBE_NOTLINK] = "readlink on names that are not links (EINVAL)",
	[PROBE_RETRY] = "polls and calls to be retried (EAGAIN, EINTR, ECHILD, restarts)",
};

static FILE *report_file;
static int report_named_file;	/* --report=FILE: the text goes there whatever else does */
static int ring_lines = 10;
static struct rproc *pid_hash[PID_HASH];
static struct rproc *all_procs, *last_proc;
static struct fgroup *fail_hash[FAIL_HASH];
static struct fgroup *all_groups;
static unsigned long ngroups, ungrouped;
static unsigned long seq;
static struct rproc *root_proc;	/* the command strc started */

void *report_calloc(size_t n, size_t size)
{
	void *p = calloc(n, size);

	if (!p)
		die("out of memory");
	return p;
}

char *report_strdup(const char *s)
{
	char *p = strdup(s);

	if (!p)
		die("out of memory");
	return p;
}

static void now(struct timespec *ts)
{
	clock_gettime(CLOCK_MONOTONIC, ts);
}

int report_open(const char *path)
{
	report_on = 1;
	if (path && *path) {
		report_file = fopen(path, opt.append ? "ae" : "we");
		if (!report_file)
			return -1;
		report_named_file = 1;
	} else {
		report_file = stderr;
	}
	output_capture_enable();
	return 0;
}

int report_set_lines(const char *s)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (errno || end == s || *end || n < 0 || n > 10000)
		return -1;
	ring_lines = (int)n;
	return 0;
}

/* Appends n bytes of s to out (size cap) escaped as in strace's strings. */
size_t report_escape(char *out, size_t cap, size_t len, const unsigned char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";

	for (size_t i = 0; i < n && len + 5 < cap; i++) {
		unsigned char c = s[i];

		if (c == '\n' || c == '\t' || c == '\r' || c == '"' || c == '\\') {
			out[len++] = '\\';
			out[len++] = c == '\n' ? 'n' : c == '\t' ? 't' : c == '\r' ? 'r' : c;
		} else if (c < 0x20 || c >= 0x7f) {
			out[len++] = '\\';
			out[len++] = 'x';
			out[len++] = hex[c >> 4];
			out[len++] = hex[c & 15];
		} else {
			out[len++] = c;
		}
	}
	out[len] = '\0';
	return len;
}

static struct rproc *proc_find(pid_t pid)
{
	for (struct rproc *p = pid_hash[pid % PID_HASH]; p; p = p->hnext)
		if (p->pid == pid)
			return p;
	return NULL;
}

static void proc_unhash(struct rproc *r)
{
	for (struct rproc **p = &pid_hash[r->pid % PID_HASH]; *p; p = &(*p)->hnext) {
		if (*p == r) {
			*p = r->hnext;
			return;
		}
	}
}

static struct rproc *proc_new(pid_t pid)
{
	struct rproc *r = report_calloc(1, sizeof(*r));

	r->pid = pid;
	now(&r->start);
	r->hnext = pid_hash[pid % PID_HASH];
	pid_hash[pid % PID_HASH] = r;
	if (last_proc)
		last_proc->all_next = r;
	else
		all_procs = r;
	last_proc = r;
	return r;
}

/* The record calls of pid count against: a thread's is its process's. */
static struct rproc *proc_get(pid_t pid)
{
	struct rproc *r = proc_find(pid);

	if (!r)
		r = proc_new(pid);
	return r->alias_of ? r->alias_of : r;
}

static void link_child(struct rproc *parent, struct rproc *c)
{
	if (c->parent)
		return;
	c->parent = parent;
	if (parent->last_child)
		parent->last_child->sibling = c;
	else
		parent->child = c;
	parent->last_child = c;
	if (!c->cmd && parent->cmd)
		c->cmd = report_strdup(parent->cmd);	/* a fork runs its parent's program */
	if (!c->cwd && parent->cwd)
		c->cwd = report_strdup(parent->cwd);
}

static size_t add_arg(char *buf, size_t cap, size_t len, const char *a, size_t n);

static char *read_cwd(pid_t pid)
{
	char path[64], buf[PATH_MAX], out[PATH_MAX * 2];
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/cwd", pid);
	n = readlink(path, buf, sizeof(buf));
	if (n <= 0)
		return NULL;
	report_escape(out, sizeof(out), 0, (unsigned char *)buf, n);
	return report_strdup(out);
}

void report_start(pid_t pid, char *const argv[])
{
	char buf[1024];
	size_t len = 0;

	struct rproc *r = proc_get(pid);

	root_proc = r;
	for (int i = 0; argv[i] && len + 8 < sizeof(buf); i++) {
		if (i)
			buf[len++] = ' ';
		len = report_escape(buf, sizeof(buf), len, (unsigned char *)argv[i], strlen(argv[i]));
	}
	buf[len] = '\0';
	r->cmd = report_strdup(buf);
	r->cwd = read_cwd(getpid());
}

/* -p: what the process runs and where, from /proc, since its execve was before us. */
void report_attach(pid_t pid)
{
	char path[64], raw[1024], buf[400];
	struct rproc *r = proc_get(pid);
	size_t len = 0, n;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/cmdline", pid);
	f = fopen(path, "re");
	if (f) {
		n = fread(raw, 1, sizeof(raw) - 1, f);
		fclose(f);
		raw[n] = '\0';
		for (size_t i = 0; i < n && len + 16 < sizeof(buf); i += strlen(raw + i) + 1) {
			if (i)
				buf[len++] = ' ';
			len = add_arg(buf, sizeof(buf), len, raw + i, strlen(raw + i));
		}
		buf[len] = '\0';
		if (len) {
			free(r->cmd);
			r->cmd = report_strdup(buf);
		}
	}
	free(r->cwd);
	r->cwd = read_cwd(pid);
}

void report_spawn(pid_t parent, pid_t child, int thread)
{
	struct rproc *p = proc_get(parent), *c = proc_find(child);

	if (thread) {
		if (!c)
			c = proc_new(child);
		c->is_thread = 1;
		c->alias_of = p;
		return;
	}
	if (!c)
		c = proc_new(child);
	link_child(p, c);
}

/* One argument into the command line: long ones cut in the middle of nowhere but their end. */
static size_t add_arg(char *buf, size_t cap, size_t len, const char *a, size_t n)
{
	int quote = n == 0 || strpbrk(a, " \t\n'\"\\$*?") != NULL;
	size_t shown = n > 60 ? 48 : n;

	if (quote)
		buf[len++] = '\'';
	len = report_escape(buf, cap - 4, len, (const unsigned char *)a, shown);
	if (shown < n && len + 4 < cap) {
		memcpy(buf + len, "...", 3);
		len += 3;
	}
	if (quote)
		buf[len++] = '\'';
	buf[len] = '\0';
	return len;
}

/* execve's argv, read at entry while the old image still holds it. */
static char *read_argv(struct tracee *t, uint64_t addr)
{
	char buf[400], arg[256];
	int word = tracee_word_bits(t) / 8, i;
	size_t len = 0;

	for (i = 0; i < 64 && len + 16 < sizeof(buf); i++) {
		uint64_t p = 0;

		if (umoven(t, addr + (uint64_t)i * word, word, &p) < 0)
			break;
		if (word == 4)
			p = (uint32_t)p;
		if (!p)
			break;
		long n = umovestr_silent(t, p, sizeof(arg) - 1, arg);
		if (n < 0)
			break;
		arg[n] = '\0';
		if (i)
			buf[len++] = ' ';
		len = add_arg(buf, sizeof(buf), len, arg, n);
	}
	if (i == 0)
		return NULL;
	if (len + 16 >= sizeof(buf))
		strcpy(buf + sizeof(buf) - 5, " ...");
	return report_strdup(buf);
}

static void call_target(struct tracee *t, char *out, size_t cap);

/* A call that replaces the program (!exec in syscalls.sig) */
static int is_exec(const struct tracee *t)
{
	return t->se && (t->se->flags & SF_EXEC);
}

/* A call that writes data out (!writes with !data_buf, !data_iov or !data_msg): what fds 1
 * and 2 got */
static int writes_data(const struct tracee *t)
{
	return t->se && (t->se->flags & SF_WRITES) &&
	       (t->se->flags & (SF_DATA_BUF | SF_DATA_IOV | SF_DATA_MSG));
}

/* execve's and execveat's argv follows the program's path in their signatures */
static int argv_index(const struct tracee *t)
{
	for (int i = 0; i + 1 < t->se->nargs; i++)
		if (t->se->arg[i] == ARG_PATH)
			return i + 1;
	return 1;
}

void report_entry(struct tracee *t)
{
	struct rproc *r;

	if (!is_exec(t))
		return;
	r = proc_get(t->pid);
	free(r->pending_cmd);
	r->pending_cmd = read_argv(t, t->args[argv_index(t)]);
	free(r->pending_path);
	r->pending_path = NULL;
	if (r->npend) {
		char target[PATH_MAX + 64];

		call_target(t, target, sizeof(target));
		r->pending_path = report_strdup(target);
	}
}

static void ring_push(struct rproc *r, const char *text)
{
	if (!ring_lines)
		return;
	if (!r->ring)
		r->ring = report_calloc(ring_lines, RING_W);
	snprintf(r->ring + (size_t)r->ring_next * RING_W, RING_W, "%s", text);
	r->ring_next = (r->ring_next + 1) % ring_lines;
	if (r->ring_count < ring_lines)
		r->ring_count++;
}

static void tail_add(struct rproc *r, int which, const char *s, size_t n)
{
	char *tl = r->tail[which];
	int keep;

	if (n >= TAIL) {
		memcpy(tl, s + n - TAIL, TAIL);
		r->tail_len[which] = TAIL;
		return;
	}
	keep = r->tail_len[which] + (int)n > TAIL ? TAIL - (int)n : r->tail_len[which];
	memmove(tl, tl + r->tail_len[which] - keep, keep);
	memcpy(tl + keep, s, n);
	r->tail_len[which] = keep + (int)n;
}

/*
 * The last k of the n bytes an iovec array gave (writev, sendmsg): the part of each buffer
 * that falls in [n - k, n), read into buf. 0 when all of it was read.
 */
static int iov_tail(struct tracee *t, uint64_t iov, uint64_t count, uint64_t n, uint64_t k,
		    char *buf)
{
	uint64_t off = 0, from = n - k, got = 0;

	for (uint64_t i = 0; i < count && i < 1024 && off < n; i++) {
		uint64_t base, len;

		if (umove_iovec(t, iov, i, &base, &len) < 0)
			return -1;
		uint64_t a = off > from ? off : from, b = off + len < n ? off + len : n;
		if (a < b) {
			if (umoven_silent(t, base + (a - off), b - a, buf + (a - from)) < 0)
				return -1;
			got += b - a;
		}
		off += len;
	}
	return got == k ? 0 : -1;
}

/* What a write to fd 1 or 2 put there: its last bytes are what the reader may have hidden. */
static void note_output(struct tracee *t, struct rproc *r)
{
	char buf[TAIL];
	int fd = (int)t->args[0];
	uint64_t n = (uint64_t)t->rval, k = n < TAIL ? n : TAIL;
	unsigned flags = t->se->flags;
	int ok = -1;

	if ((fd != 1 && fd != 2) || n == 0)
		return;
	if (flags & SF_DATA_BUF) {
		ok = umoven_silent(t, t->args[1] + n - k, k, buf);
	} else if (flags & SF_DATA_IOV) {
		ok = iov_tail(t, t->args[1], t->args[2], n, k, buf);
	} else if (flags & SF_DATA_MSG) {
		unsigned char b[64];
		struct msghdr_n m;

		if (msghdr_size(t) <= sizeof(b) && umoven_silent(t, t->args[1], msghdr_size(t), b) == 0) {
			msghdr_from(t, b, &m);
			ok = iov_tail(t, m.iov, m.iovlen, n, k, buf);
		}
	}
	if (ok == 0)
		tail_add(r, fd - 1, buf, k);
}

/* The call's target from its signature: its first path, else its first fd. */
static void call_target(struct tracee *t, char *out, size_t cap)
{
	char buf[PATH_MAX];

	out[0] = '\0';
	if (!t->se)
		return;
	for (int i = 0; i < t->se->nargs; i++) {
		if (t->se->arg[i] != ARG_PATH)
			continue;
		long n = umovestr_silent(t, arg_ulong(t, i), sizeof(buf) - 1, buf);
		if (n < 0)
			return;
		out[0] = '"';
		size_t len = report_escape(out, cap - 2, 1, (unsigned char *)buf, n);
		out[len++] = '"';
		out[len] = '\0';
		return;
	}
	for (int i = 0; i < t->se->nargs; i++) {
		if (t->se->arg[i] != ARG_FD)
			continue;
		char link[64];
		int fd = arg_int(t, i);
		snprintf(link, sizeof(link), "/proc/%d/fd/%d", t->pid, fd);
		ssize_t n = readlink(link, buf, sizeof(buf) - 1);
		int len = snprintf(out, cap, "fd %d", fd);
		if (n > 0 && (size_t)len + 4 < cap) {
			out[len++] = '<';
			len = report_escape(out, cap - 2, len, (unsigned char *)buf, n);
			out[len++] = '>';
			out[len] = '\0';
		}
		return;
	}
}

static const char *basename_of(const char *target)
{
	const char *slash = strrchr(target, '/');

	return slash ? slash + 1 : target + (*target == '"');
}

static uint32_t hash_str(uint32_t h, const char *s)
{
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static int looks_like_library(const char *target)
{
	return strstr(target, ".so\"") || strstr(target, ".so.") || strstr(target, "/glibc-hwcaps/") ||
	       strstr(target, "ld.so.preload") || strstr(target, "/tls/");
}

/* What a failed call is known to be by itself, before anything else happened. */
static enum probe_kind static_probe(const struct tracee *t, const char *target)
{
	if (t->err == EINVAL && (t->id == SYS_readlink || t->id == SYS_readlinkat))
		return PROBE_NOTLINK;
	switch (t->err) {
	case ENOTTY:
	case ESPIPE:
		return PROBE_TTY;
	case EAGAIN:
	case EINTR:
	case ECHILD:	/* a shell's WNOHANG poll for children that are all reaped */
	case 512: case 513: case 514: case 516:	/* the kernel's restart codes */
		return PROBE_RETRY;
	case ENOENT:
		if (strstr(target, "/locale") || strstr(target, "gconv"))
			return PROBE_LOCALE;
		if (strstr(target, "/glibc-hwcaps/") || strstr(target, "ld.so.preload"))
			return PROBE_LOADER;
		break;
	}
	return PROBE_NONE;
}

static struct fgroup *group_get(struct tracee *t, const char *call, const char *target)
{
	uint32_t h = hash_str(hash_str(2166136261u ^ (uint32_t)t->err, call), target);
	struct fgroup *g;

	for (g = fail_hash[h % FAIL_HASH]; g; g = g->next)
		if (g->err == t->err && g->call == call && strcmp(g->target, target) == 0)
			return g;
	if (ngroups >= MAX_GROUPS)
		return NULL;
	ngroups++;
	g = report_calloc(1, sizeof(*g));
	g->call = call;
	g->err = t->err;
	g->target = report_strdup(target);
	g->probe = static_probe(t, target);
	g->first_seq = seq;
	g->next = fail_hash[h % FAIL_HASH];
	fail_hash[h % FAIL_HASH] = g;
	g->all_next = all_groups;
	all_groups = g;
	return g;
}

static void group_add_pid(struct fgroup *g, pid_t pid)
{
	for (int i = 0; i < g->npids; i++)
		if (g->pids[i] == pid)
			return;
	if (g->npids < 4)
		g->pids[g->npids++] = pid;
	else
		g->more_pids++;
}

/* A line kept past the call: no longer than LINE_KEPT, so a huge write costs nothing. */
static char *line_dup(const char *text)
{
	char *p = strndup(text, LINE_KEPT);

	if (!p)
		die("out of memory");
	return p;
}

static void keep_failure(struct rproc *r, struct fgroup *g, const char *text)
{
	if (r->nfails == FAILS_KEPT) {
		free(r->fails[0]);
		memmove(r->fails, r->fails + 1, (FAILS_KEPT - 1) * sizeof(r->fails[0]));
		memmove(r->fail_group, r->fail_group + 1, (FAILS_KEPT - 1) * sizeof(g));
		r->nfails--;
	}
	r->fails[r->nfails] = line_dup(text);
	r->fail_group[r->nfails++] = g;
}

/* An ENOENT whose name the same process opens later elsewhere was a search, not a failure. */
static void pend_enoent(struct rproc *r, struct fgroup *g, const char *target)
{
	if (!r->pend)
		r->pend = report_calloc(PENDING_MAX, sizeof(*r->pend));
	if (r->npend == PENDING_MAX)
		memmove(r->pend, r->pend + 1, --r->npend * sizeof(r->pend[0]));
	r->pend[r->npend].name_hash = hash_str(2166136261u, basename_of(target));
	r->pend[r->npend++].g = g;
}

static void found_elsewhere(struct rproc *r, const char *target)
{
	uint32_t h = hash_str(2166136261u, basename_of(target));

	for (int i = 0; i < r->npend; i++) {
		if (r->pend[i].name_hash != h)
			continue;
		struct fgroup *g = r->pend[i].g;
		if (strcmp(g->target, target) == 0)
			continue;	/* created meanwhile, in the same place: not a search */
		if (g->probe == PROBE_NONE)
			g->probe = looks_like_library(g->target) ? PROBE_LOADER : PROBE_ELSEWHERE;
		r->pend[i--] = r->pend[--r->npend];
	}
}

static int has_path_arg(const struct tracee *t)
{
	for (int i = 0; t->se && i < t->se->nargs; i++)
		if (t->se->arg[i] == ARG_PATH)
			return 1;
	return 0;
}

static void note_failure(struct tracee *t, struct rproc *r)
{
	char target[PATH_MAX + 64];
	const char *call = t->se ? t->se->name : "syscall_unknown";

	r->failed++;
	call_target(t, target, sizeof(target));
	struct fgroup *g = group_get(t, call, target);
	if (!g) {
		ungrouped++;
		return;
	}
	g->count++;
	group_add_pid(g, r->pid);
	keep_failure(r, g, capture_line(t) ? capture_line(t) : call);
	if (t->err == ENOENT && target[0] == '"')
		pend_enoent(r, g, target);
}

void report_call(struct tracee *t)
{
	struct rproc *r = proc_get(t->pid);

	seq++;
	r->calls++;
	if (capture_line(t))
		ring_push(r, capture_line(t));
	if (!t->exiting)
		return;	/* ended without an exit stop: "= ?" */
	if (t->err && t->id != SYS_rt_sigreturn && t->id != SYS_sigreturn && errno_wanted(t->err)) {
		/* a sigreturn's "error" is the interrupted call's, restored */
		note_failure(t, r);
		return;
	}
	if (is_exec(t) && r->pending_cmd) {
		if (r->pending_path)	/* a PATH search ends here: the misses were probes */
			found_elsewhere(r, r->pending_path);
		free(r->cmd);
		r->cmd = r->pending_cmd;
		r->pending_cmd = NULL;
		free(r->cwd);
		r->cwd = read_cwd(t->pid);
		r->npend = 0;	/* a new program searches for its own names */
	} else if (writes_data(t)) {
		note_output(t, r);
	}
	if (r->npend && has_path_arg(t)) {
		char target[PATH_MAX + 64];

		call_target(t, target, sizeof(target));
		if (target[0])
			found_elsewhere(r, target);
	}
}

void report_signal(struct tracee *t, const siginfo_t *si)
{
	struct rproc *r = proc_get(t->pid);

	(void)si;
	const char *line = capture_line(t);

	if (!line || strncmp(line, "---", 3))
		return;
	free(r->signal_line);
	r->signal_line = line_dup(line);
	ring_push(r, line);
}

int report_ended_badly(const struct rproc *r)
{
	return r->ended && (!WIFEXITED(r->status) || WEXITSTATUS(r->status) != 0);
}

/* Kept after the end: the summary and tails always, the ring and failures of bad ones. */
static void proc_trim(struct rproc *r)
{
	if (report_ended_badly(r))
		return;
	free(r->ring);
	r->ring = NULL;
	r->ring_count = 0;
	free(r->signal_line);
	r->signal_line = NULL;
	for (int i = 0; i < r->nfails; i++)
		free(r->fails[i]);
	r->nfails = 0;
}

void report_exit(pid_t pid, int status)
{
	struct rproc *r = proc_find(pid);

	if (!r)
		r = proc_new(pid);
	if (r->alias_of || r->is_thread) {
		proc_unhash(r);
		return;
	}
	r->ended = 1;
	r->status = status;
	r->end_seq = ++seq;
	now(&r->end);
	r->npend = 0;
	free(r->pend);
	r->pend = NULL;
	free(r->pending_cmd);
	r->pending_cmd = NULL;
	free(r->pending_path);
	r->pending_path = NULL;
	proc_unhash(r);	/* the pid may come back for another process */
	proc_trim(r);
}

/* ---- analysis, for the renderers ---- */

/* Its failure reached the command: no ancestor ended well (one that did swallowed it). */
static int failure_propagated(const struct rproc *r)
{
	for (const struct rproc *a = r->parent; a; a = a->parent)
		if (a->ended && !report_ended_badly(a))
			return 0;
	return 1;
}

/*
 * The first process to end badly whose failure reached the command; a writer killed by
 * SIGPIPE only when nothing else failed; failing those, the first to end badly at all.
 */
static struct rproc *first_failure(void)
{
	struct rproc *best = NULL, *pipe_victim = NULL, *any = NULL;

	for (struct rproc *r = all_procs; r; r = r->all_next) {
		if (r->is_thread || !report_ended_badly(r))
			continue;
		if (!any || r->end_seq < any->end_seq)
			any = r;
		if (!failure_propagated(r))
			continue;
		if (WIFSIGNALED(r->status) && WTERMSIG(r->status) == SIGPIPE) {
			if (!pipe_victim || r->end_seq < pipe_victim->end_seq)
				pipe_victim = r;
		} else if (!best || r->end_seq < best->end_seq) {
			best = r;
		}
	}
	return best ? best : pipe_victim ? pipe_victim : any;
}

static void mark_groups(const struct rproc *first)
{
	for (struct rproc *r = all_procs; r; r = r->all_next) {
		if (!report_ended_badly(r))
			continue;
		for (int i = 0; i < r->nfails; i++) {
			if (!r->fail_group[i])
				continue;
			r->fail_group[i]->in_bad = 1;
			if (r == first)
				r->fail_group[i]->in_first = 1;
		}
	}
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * A name that failed with ENOENT in three or more directories is a search path being
 * walked (a compiler's specs, a config file's places), not a failure: folded.
 */
static void mark_searches(void)
{
	uint32_t *h;
	size_t n = 0, k = 0;

	for (struct fgroup *g = all_groups; g; g = g->all_next)
		n += g->err == ENOENT && g->probe == PROBE_NONE && strchr(g->target, '/');
	if (!n)
		return;
	h = report_calloc(n, sizeof(*h));
	for (struct fgroup *g = all_groups; g; g = g->all_next)
		if (g->err == ENOENT && g->probe == PROBE_NONE && strchr(g->target, '/'))
			h[k++] = hash_str(2166136261u, basename_of(g->target));
	qsort(h, n, sizeof(*h), cmp_u32);
	for (struct fgroup *g = all_groups; g; g = g->all_next) {
		if (g->err != ENOENT || g->probe != PROBE_NONE || !strchr(g->target, '/') ||
		    g->in_first)
			continue;
		uint32_t key = hash_str(2166136261u, basename_of(g->target));
		uint32_t *p = bsearch(&key, h, n, sizeof(*h), cmp_u32);
		size_t same = 0;
		while (p > h && p[-1] == key)
			p--;
		while (p && p + same < h + n && p[same] == key)
			same++;
		if (same >= 3)
			g->probe = PROBE_SEARCH;
	}
	free(h);
}

/* How r ended, in the words every renderer uses. */
void report_how_ended(const struct rproc *r, char *buf, size_t cap)
{
	if (!r->ended) {
		snprintf(buf, cap, "still running when strc stopped");
	} else if (WIFEXITED(r->status)) {
		snprintf(buf, cap, "exited with %d", WEXITSTATUS(r->status));
	} else if (WIFSIGNALED(r->status)) {
		const char *name = signal_name(WTERMSIG(r->status));
		snprintf(buf, cap, "killed by %s%s", name ? name : "a signal",
			 WCOREDUMP(r->status) ? " (core dumped)" : "");
	} else {
		snprintf(buf, cap, "ended");
	}
}

/* How long r lived, or has lived so far. */
double report_seconds(const struct rproc *r)
{
	struct timespec end = r->end;

	if (!r->ended)
		now(&end);
	return (end.tv_sec - r->start.tv_sec) + (end.tv_nsec - r->start.tv_nsec) / 1e9;
}

/* The first process's failures, then other failed processes', then the rest's; by time. */
static int group_rank(const struct fgroup *g)
{
	if (g->probe != PROBE_NONE)
		return 3 + g->probe;
	return g->in_first ? 0 : g->in_bad ? 1 : 2;
}

static int cmp_groups(const void *a, const void *b)
{
	const struct fgroup *x = *(const struct fgroup *const *)a;
	const struct fgroup *y = *(const struct fgroup *const *)b;

	if (group_rank(x) != group_rank(y))
		return group_rank(x) - group_rank(y);
	return x->first_seq < y->first_seq ? -1 : x->first_seq > y->first_seq;
}

/*
 * The groups of failed calls in the order the renderers show them: real failures first
 * (*nreal of them, ranked), then the probes by kind. The caller frees the array.
 */
struct fgroup **report_ranked_groups(const struct report_view *v, size_t *nreal, size_t *n)
{
	struct fgroup **all;
	size_t k = 0;

	for (struct fgroup *g = v->groups; g; g = g->all_next)
		k++;
	all = report_calloc(k + 1, sizeof(*all));
	k = 0;
	*nreal = 0;
	for (struct fgroup *g = v->groups; g; g = g->all_next) {
		all[k++] = g;
		*nreal += g->probe == PROBE_NONE;
	}
	qsort(all, k, sizeof(*all), cmp_groups);
	*n = k;
	return all;
}

/* The ring's i-th line, oldest first. */
const char *report_ring_line(const struct rproc *r, int i)
{
	int slot = (r->ring_next - r->ring_count + i + ring_lines) % ring_lines;

	return r->ring + (size_t)slot * RING_W;
}

/* What every renderer reads: the records, the first failure, the groups marked. */
void report_analyse(struct report_view *v)
{
	v->procs = all_procs;
	v->root = root_proc;
	v->groups = all_groups;
	v->ungrouped = ungrouped;
	/* --color's decision, for the report's own file: made now that all options are read */
	v->colour = colour_wanted(opt.color, fileno(report_file));
	v->first = first_failure();
	mark_groups(v->first);
	mark_searches();
}

/*
 * With --json or --json-file: the report as one object in the JSON stream, before that
 * stream is closed (main_out: where the trace went).
 */
void report_print_json(struct outfile *main_out)
{
	struct report_view v;
	struct jbuf j = { 0 };

	if (!report_on || !(opt.json || opt.json_file))
		return;
	report_analyse(&v);
	render_json(&j, &v);
	json_report(&j, main_out);
	free(j.p);
}

/* The text: where --report says, except that --json's stream on stderr stays JSON only. */
void report_print(void)
{
	struct report_view v;

	if (!report_on || (opt.json && !opt.json_file && !report_named_file))
		return;
	output_flush_all();	/* a trace on the same stderr comes first */
	report_analyse(&v);
	render_text(report_file, &v);
	fflush(report_file);
}
