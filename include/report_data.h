/*
 * report_data.h: the failure report's records (kept by src/report.c) and what a renderer
 * reads from them: the text one in src/report_text.c, the JSON one in src/report_json.c.
 */
#ifndef STRC_REPORT_DATA_H
#define STRC_REPORT_DATA_H

#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#include <time.h>

#define RING_W 240		/* a call line kept in the ring */
#define TAIL 240		/* bytes kept of a process's stdout and stderr */
#define FAILS_KEPT 6		/* a process's last failed calls */
#define PENDING_MAX 32		/* ENOENT names waiting to be found elsewhere */

enum probe_kind {
	PROBE_NONE,
	PROBE_ELSEWHERE,
	PROBE_LOADER,
	PROBE_LOCALE,
	PROBE_TTY,
	PROBE_RETRY,
	PROBE_NOTLINK,
	PROBE_SEARCH,
	PROBE_KINDS,
};


struct fgroup {
	const char *call;
	int err;
	char *target;
	enum probe_kind probe;
	unsigned long count;
	unsigned long first_seq;
	pid_t pids[4];
	int npids, more_pids;
	int in_bad;		/* made by a process that ended badly */
	int in_first;		/* made by the first process that failed */
	struct fgroup *next, *all_next;
};

struct pending {
	uint32_t name_hash;
	struct fgroup *g;
};

struct rproc {
	pid_t pid;
	struct rproc *parent, *child, *last_child, *sibling;
	struct rproc *alias_of;	/* a thread: its calls go to its process */
	char *cmd;		/* argv of its last execve, escaped and shortened */
	char *cwd;
	struct timespec start, end;
	int ended, status, is_thread, gone_untold;
	unsigned long calls, failed, end_seq;
	char *ring;		/* lines x RING_W */
	int ring_next, ring_count;
	char tail[2][TAIL];
	int tail_len[2];
	char *fails[FAILS_KEPT];
	struct fgroup *fail_group[FAILS_KEPT];
	int nfails;
	struct pending *pend;	/* PENDING_MAX of them while it lives, then freed */
	int npend;
	char *pending_cmd;	/* argv read at execve's entry */
	char *pending_path;	/* and its path, which the new image no longer holds */
	char *signal_line;	/* its last "--- SIG... ---" */
	struct rproc *hnext, *all_next;
};

/* What a renderer is given: every process, the groups of failed calls, the first failure. */
struct report_view {
	struct rproc *procs;	/* in the order they were first seen (all_next) */
	struct rproc *root;	/* the command strc started; NULL with -p */
	struct rproc *first;	/* the first failure that reached the command, or NULL */
	struct fgroup *groups;	/* all_next; in_bad, in_first and probe are set */
	unsigned long ungrouped;	/* failed calls past the groups' limit */
	int colour;
};

extern const char *const report_probe_text[PROBE_KINDS];	/* what each fold is */

void report_analyse(struct report_view *v);
int report_ended_badly(const struct rproc *r);
const char *report_ring_line(const struct rproc *r, int i);	/* oldest first */
void report_how_ended(const struct rproc *r, char *buf, size_t cap);	/* "exited with 1" */
double report_seconds(const struct rproc *r);	/* its life so far */
/* real failures first (*nreal, ranked), then the probes; the caller frees the array */
struct fgroup **report_ranked_groups(const struct report_view *v, size_t *nreal, size_t *n);
size_t report_escape(char *out, size_t cap, size_t len, const unsigned char *s, size_t n);
void *report_calloc(size_t n, size_t size);	/* dies when out of memory */
char *report_strdup(const char *s);

/* src/report_text.c */
void render_text(FILE *f, const struct report_view *v);
/* src/report_json.c: one {"type":"report"} object, no newline */
struct jbuf;
void render_json(struct jbuf *j, const struct report_view *v);

#endif
