/*
 * report_json.c: the failure report as one JSON object ({"type":"report"}), the second
 * renderer of the records src/report.c keeps (report_data.h), beside src/report_text.c.
 * It says the same facts as the text, for a program: how the command ended, the failure
 * path, every process that ended badly with its failed calls, output tails and last calls,
 * the failed calls grouped (the probes marked with their kind, never left out), and every
 * process with its parent, which is the tree. Nothing is cut or folded for the screen's
 * sake; the text's limits (how many groups, how wide a line) are the text's.
 * man/strc.1 documents the fields, man/strc-json.schema.json describes them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#include "json.h"
#include "print.h"
#include "report_data.h"
#include "signals.h"

/* What the text calls each fold, as a word a query can match. */
static const char *const probe_names[PROBE_KINDS] = {
	[PROBE_ELSEWHERE] = "found_elsewhere",
	[PROBE_LOADER] = "loader",
	[PROBE_LOCALE] = "locale",
	[PROBE_TTY] = "tty",
	[PROBE_SEARCH] = "search",
	[PROBE_NOTLINK] = "not_a_link",
	[PROBE_RETRY] = "retry",
};

/* Text the report keeps is escaped as strace escapes, but a cut may fall anywhere: as bytes. */
static void text_or_null(struct jbuf *j, const char *s)
{
	if (s)
		jb_bytes(j, s, strlen(s));
	else
		jb_lit(j, "null");
}

/* "status", "signal", "core_dumped" and the words: the fields of exit and killed objects. */
static void process_end(struct jbuf *j, const struct rproc *r)
{
	char how[96];

	jb_lit(j, ",\"ended\":");
	jb_puts(j, r->ended ? "true" : "false");
	jb_lit(j, ",\"status\":");
	if (r->ended && WIFEXITED(r->status))
		jb_i64(j, WEXITSTATUS(r->status));
	else
		jb_lit(j, "null");
	jb_lit(j, ",\"signal\":");
	if (r->ended && WIFSIGNALED(r->status)) {
		text_or_null(j, signal_name(WTERMSIG(r->status)));
		jb_lit(j, ",\"core_dumped\":");
		jb_puts(j, WCOREDUMP(r->status) ? "true" : "false");
	} else {
		jb_lit(j, "null,\"core_dumped\":false");
	}
	jb_lit(j, ",\"failed_process\":");
	jb_puts(j, report_ended_badly(r) ? "true" : "false");
	report_how_ended(r, how, sizeof(how));
	jb_lit(j, ",\"how\":");
	jb_cstr(j, how);
}

/* One process of the tree: who, where, how long, how it ended, its counts. */
static void process_summary(struct jbuf *j, const struct rproc *r)
{
	jb_lit(j, "{\"pid\":");
	jb_i64(j, r->pid);
	jb_lit(j, ",\"parent\":");
	if (r->parent)
		jb_i64(j, r->parent->pid);
	else
		jb_lit(j, "null");
	jb_lit(j, ",\"cmd\":");
	text_or_null(j, r->cmd);
	jb_lit(j, ",\"cwd\":");
	text_or_null(j, r->cwd);
	jb_lit(j, ",\"dur_ns\":");
	jb_u64(j, (uint64_t)(report_seconds(r) * 1e9));
	process_end(j, r);
	jb_lit(j, ",\"calls\":");
	jb_u64(j, r->calls);
	jb_lit(j, ",\"failed\":");
	jb_u64(j, r->failed);
}

static void tail(struct jbuf *j, const struct rproc *r, int which)
{
	jb_puts(j, which ? ",\"stderr_tail\":" : ",\"stdout_tail\":");
	if (r->tail_len[which])
		jb_bytes(j, r->tail[which], r->tail_len[which]);
	else
		jb_lit(j, "null");
}

/* A process that ended badly: the summary, then what it did last. */
static void process_detail(struct jbuf *j, const struct rproc *r)
{
	process_summary(j, r);
	jb_lit(j, ",\"failed_calls\":[");
	for (int i = 0; i < r->nfails; i++) {
		const struct fgroup *g = r->fail_group[i];

		if (i)
			jb_lit(j, ",");
		jb_lit(j, "{\"line\":");
		text_or_null(j, r->fails[i]);
		jb_lit(j, ",\"probe\":");
		text_or_null(j, g && g->probe != PROBE_NONE ? probe_names[g->probe] : NULL);
		jb_lit(j, "}");
	}
	jb_lit(j, "]");
	tail(j, r, 1);
	tail(j, r, 0);
	jb_lit(j, ",\"signal_line\":");
	text_or_null(j, r->signal_line && r->ended && WIFSIGNALED(r->status) ?
		     r->signal_line : NULL);
	jb_lit(j, ",\"last_calls\":[");
	for (int i = 0; i < r->ring_count; i++) {
		if (i)
			jb_lit(j, ",");
		text_or_null(j, report_ring_line(r, i));
	}
	jb_lit(j, "]}");
}

static void failure_path(struct jbuf *j, const struct rproc *first)
{
	jb_lit(j, ",\"failure_path\":[");
	for (const struct rproc *r = first; r; r = r->parent) {
		if (r != first)
			jb_lit(j, ",");
		jb_i64(j, r->pid);
	}
	jb_lit(j, "]");
}

static void failed_processes(struct jbuf *j, const struct report_view *v)
{
	int n = 0;

	jb_lit(j, ",\"failed_processes\":[");
	if (v->first) {
		process_detail(j, v->first);
		n++;
	}
	for (const struct rproc *r = v->procs; r; r = r->all_next) {
		if (r == v->first || r->is_thread || !report_ended_badly(r))
			continue;
		if (n++)
			jb_lit(j, ",");
		process_detail(j, r);
	}
	jb_lit(j, "]");
}

/* The bytes the report's escaping (report_escape) stands for: \n \t \r \" \\ \xNN */
static size_t unescape(const char *s, size_t n, char *out)
{
	size_t len = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\\' || i + 1 == n) {
			out[len++] = s[i];
			continue;
		}
		char c = s[++i];
		if (c == 'x' && i + 2 < n) {
			char hex[3] = { s[i + 1], s[i + 2], 0 };

			out[len++] = (char)strtoul(hex, NULL, 16);
			i += 2;
		} else {
			out[len++] = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c;
		}
	}
	return len;
}

/*
 * "target" as the value itself, not the text's quoted form: the path's bytes (a string
 * value), or for a descriptor the file its link names (null when it had none), with its
 * number in "target_fd"; both null for a call with neither.
 */
static void group_target(struct jbuf *j, const char *text)
{
	size_t n = strlen(text);
	const char *from = NULL, *to = NULL;
	char *raw;
	int fd = -1;

	if (n >= 2 && text[0] == '"' && text[n - 1] == '"') {
		from = text + 1;
		to = text + n - 1;
	} else if (sscanf(text, "fd %d", &fd) == 1) {
		from = strchr(text, '<');
		to = from && text[n - 1] == '>' ? text + n - 1 : NULL;
		if (from)
			from++;
	}
	jb_lit(j, ",\"target\":");
	if (from && to && to >= from) {
		raw = malloc(to - from + 1);
		if (!raw)
			die("out of memory");
		jb_bytes(j, raw, unescape(from, to - from, raw));
		free(raw);
	} else {
		jb_lit(j, "null");
	}
	jb_lit(j, ",\"target_fd\":");
	if (fd >= 0)
		jb_i64(j, fd);
	else
		jb_lit(j, "null");
}

static void group(struct jbuf *j, const struct fgroup *g)
{
	const char *e = errno_name(g->err);

	jb_lit(j, "{\"syscall\":");
	jb_cstr(j, g->call);
	jb_lit(j, ",\"errno\":");
	if (e)
		jb_cstr(j, e);
	else
		jb_i64(j, g->err);
	group_target(j, g->target);
	jb_lit(j, ",\"count\":");
	jb_u64(j, g->count);
	jb_lit(j, ",\"pids\":[");
	for (int i = 0; i < g->npids; i++) {
		if (i)
			jb_lit(j, ",");
		jb_i64(j, g->pids[i]);
	}
	jb_lit(j, "],\"more_pids\":");
	jb_i64(j, g->more_pids);
	jb_lit(j, ",\"in_first_failure\":");
	jb_puts(j, g->in_first ? "true" : "false");
	jb_lit(j, ",\"in_failed_process\":");
	jb_puts(j, g->in_bad ? "true" : "false");
	jb_lit(j, ",\"probe\":");
	text_or_null(j, g->probe != PROBE_NONE ? probe_names[g->probe] : NULL);
	jb_lit(j, "}");
}

static void failed_calls(struct jbuf *j, const struct report_view *v)
{
	size_t nreal, n;
	struct fgroup **ranked = report_ranked_groups(v, &nreal, &n);

	jb_lit(j, ",\"failed_call_groups\":[");
	for (size_t i = 0; i < n; i++) {
		if (i)
			jb_lit(j, ",");
		group(j, ranked[i]);
	}
	jb_lit(j, "],\"ungrouped_failed_calls\":");
	jb_u64(j, v->ungrouped);
	free(ranked);
}

static void processes(struct jbuf *j, const struct report_view *v)
{
	int n = 0;

	jb_lit(j, ",\"processes\":[");
	for (const struct rproc *r = v->procs; r; r = r->all_next) {
		if (r->is_thread)
			continue;
		if (n++)
			jb_lit(j, ",");
		process_summary(j, r);
		jb_lit(j, "}");
	}
	jb_lit(j, "]");
}

/* The whole report as one object, without its newline. */
void render_json(struct jbuf *j, const struct report_view *v)
{
	struct timespec now;
	int succeeded = !v->first && v->root && v->root->ended && !report_ended_badly(v->root);

	clock_gettime(CLOCK_REALTIME, &now);
	jb_lit(j, "{\"type\":\"report\",\"ts_ns\":");
	jb_u64(j, (uint64_t)now.tv_sec * 1000000000ULL + now.tv_nsec);
	jb_lit(j, ",\"command\":");
	if (v->root)
		jb_i64(j, v->root->pid);
	else
		jb_lit(j, "null");
	jb_lit(j, ",\"succeeded\":");
	jb_puts(j, succeeded ? "true" : "false");
	jb_lit(j, ",\"first_failure\":");
	if (v->first)
		jb_i64(j, v->first->pid);
	else
		jb_lit(j, "null");
	failure_path(j, v->first);
	failed_processes(j, v);
	failed_calls(j, v);
	processes(j, v);
	jb_lit(j, "}");
}
