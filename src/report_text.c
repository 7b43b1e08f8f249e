/*
 * report_text.c: the failure report as text, the one renderer of the records that
 * src/report.c keeps (report_data.h). Most important first: how the command ended, the
 * failure path, each failed process's failures, output tails and last calls, the failed
 * calls grouped with the probes folded, fatal signals, the process tree.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#include "print.h"
#include "report_data.h"
#include "signals.h"

static int colour;	/* this rendering's: on a terminal without NO_COLOR */

static const char *paint(const char *code)
{
	return colour ? code : "";
}
#define RED paint("\033[1;31m")
#define YELLOW paint("\033[33m")
#define BOLD paint("\033[1m")
#define DIM paint("\033[2m")
#define OFF paint("\033[0m")

static void print_short_cmd(FILE *f, const char *cmd, int width);

#define how_ended report_how_ended
#define seconds report_seconds

static const char *cmd_of(const struct rproc *r)
{
	return r->cmd ? r->cmd : "?";
}

static void print_tail(FILE *f, const struct rproc *r, int which, const char *name)
{
	char out[TAIL * 4 + 8];

	if (!r->tail_len[which])
		return;
	report_escape(out, sizeof(out), 0, (const unsigned char *)r->tail[which], r->tail_len[which]);
	fprintf(f, "    %s%s%s: \"%s\"\n", which ? RED : "", name, OFF, out);
}

static void print_cut(FILE *f, const char *indent, const char *text)
{
	int w = 150;

	if ((int)strlen(text) > w)
		fprintf(f, "%s%.*s...\n", indent, w, text);
	else
		fprintf(f, "%s%s\n", indent, text);
}

static void print_process_detail(FILE *f, const struct rproc *r)
{
	char how[96];
	int shown = 0;

	how_ended(r, how, sizeof(how));
	fprintf(f, "%s-- pid %d%s  %s  %s%s%s\n", BOLD, r->pid, OFF, cmd_of(r), RED, how, OFF);
	if (r->cwd)
		fprintf(f, "    cwd: %s\n", r->cwd);
	for (int i = 0; i < r->nfails; i++) {
		if (r->fail_group[i] && r->fail_group[i]->probe != PROBE_NONE)
			continue;
		fprintf(f, "    %sfailed:%s ", YELLOW, OFF);
		print_cut(f, "", r->fails[i]);
		shown++;
	}
	if (!shown && r->nfails)
		fprintf(f, "    failed: only probes (%d kept, see below)\n", r->nfails);
	print_tail(f, r, 1, "stderr");
	print_tail(f, r, 0, "stdout");
	if (r->signal_line && r->ended && WIFSIGNALED(r->status))
		print_cut(f, "    signal: ", r->signal_line);
	if (r->ring_count) {
		fprintf(f, "    last %d calls:\n", r->ring_count);
		for (int i = 0; i < r->ring_count; i++) {
			print_cut(f, "      ", report_ring_line(r, i));
		}
	}
}

static void print_failure_path(FILE *f, const struct rproc *first)
{
	char how[96];

	fprintf(f, "%sFailure path%s (the first process to fail, then who ran it):\n", BOLD, OFF);
	for (const struct rproc *r = first; r; r = r->parent) {
		how_ended(r, how, sizeof(how));
		fprintf(f, "  %s%s pid %d  ", r == first ? "" : "  ", r == first ? ">" : "<-",
			r->pid);
		print_short_cmd(f, cmd_of(r), 160);
		fprintf(f, "  [cwd %s]  %s%s%s\n", r->cwd ? r->cwd : "?",
			report_ended_badly(r) ? RED : "", how, OFF);
	}
}

static void print_group_pids(FILE *f, const struct fgroup *g)
{
	fprintf(f, "  pid%s", g->npids > 1 ? "s" : "");
	for (int i = 0; i < g->npids; i++)
		fprintf(f, "%s%d", i ? "," : " ", g->pids[i]);
	if (g->more_pids)
		fprintf(f, " +%d more", g->more_pids);
}

static void print_failed_calls(FILE *f, const struct report_view *v)
{
	unsigned long nreal = 0, shown = 0, probe_count[PROBE_KINDS] = { 0 };
	unsigned long probe_groups[PROBE_KINDS] = { 0 };
	const struct fgroup *probe_example[PROBE_KINDS] = { 0 };
	size_t n, all;
	struct fgroup **real = report_ranked_groups(v, &n, &all);

	for (size_t i = n; i < all; i++) {
		const struct fgroup *g = real[i];

		probe_count[g->probe] += g->count;
		probe_groups[g->probe]++;
		if (!probe_example[g->probe] || g->first_seq > probe_example[g->probe]->first_seq)
			probe_example[g->probe] = g;
	}
	fprintf(f, "%sFailed calls%s (by call, errno and target; real failures first):\n", BOLD, OFF);
	for (size_t i = 0; i < n; i++, nreal++) {
		const struct fgroup *g = real[i];
		const char *e = errno_name(g->err);

		if (shown >= 15)
			continue;
		shown++;
		fprintf(f, "  %s%s %s%s %s  x%lu", g->in_bad ? YELLOW : "", g->call,
			e ? e : "E?", OFF, g->target[0] ? g->target : "-", g->count);
		print_group_pids(f, g);
		fputc('\n', f);
	}
	if (nreal > shown)
		fprintf(f, "  ... %lu more kinds of failed call\n", nreal - shown);
	if (!nreal)
		fprintf(f, "  none but the probes below\n");
	for (int k = 1; k < PROBE_KINDS; k++) {
		if (!probe_count[k])
			continue;
		const struct fgroup *g = probe_example[k];
		fprintf(f, "  %s(folded) %lu failed calls, %lu kinds: %s, e.g. %s %s %.60s%s\n",
			DIM, probe_count[k], probe_groups[k], report_probe_text[k], g->call,
			errno_name(g->err) ? errno_name(g->err) : "E?", g->target, OFF);
	}
	if (v->ungrouped)
		fprintf(f, "  %lu more failed calls not grouped (too many kinds)\n", v->ungrouped);
	free(real);
}

static void print_signals(FILE *f, const struct report_view *v)
{
	int any = 0;

	for (struct rproc *r = v->procs; r; r = r->all_next) {
		if (!r->ended || !WIFSIGNALED(r->status))
			continue;
		if (!any++)
			fprintf(f, "%sFatal signals%s:\n", BOLD, OFF);
		char how[96];
		how_ended(r, how, sizeof(how));
		fprintf(f, "  pid %d %s: %s%s%s  %s\n", r->pid, cmd_of(r), RED, how, OFF,
			r->signal_line ? r->signal_line : "(no signal stop seen: SIGKILL?)");
	}
}

/* The program's word of a command line: what a run of siblings has in common. */
static size_t program_len(const char *cmd)
{
	return strcspn(cmd, " ");
}

static int same_kind(const struct rproc *a, const struct rproc *b)
{
	size_t n;

	if (!a || !b || a->is_thread || b->is_thread || a->ended != b->ended ||
	    a->status != b->status)
		return 0;
	n = program_len(cmd_of(a));
	return n == program_len(cmd_of(b)) && strncmp(cmd_of(a), cmd_of(b), n) == 0;
}

/* A command line cut to width: its start and its end, which name the program and target. */
static void print_short_cmd(FILE *f, const char *cmd, int width)
{
	int len = strlen(cmd);

	if (len <= width)
		fputs(cmd, f);
	else
		fprintf(f, "%.*s ... %s", width - 25, cmd, cmd + len - 20);
}

static int tree_lines;

static void print_tree_node(FILE *f, const struct rproc *r, int depth)
{
	char how[96];

	if (tree_lines++ > 400) {
		if (tree_lines == 403)
			fprintf(f, "  ... (tree cut at 400 lines)\n");
		return;
	}
	how_ended(r, how, sizeof(how));
	fprintf(f, "  %*s%s%d ", depth * 2, "", report_ended_badly(r) ? RED : "", r->pid);
	print_short_cmd(f, cmd_of(r), 90);
	fprintf(f, "  %.3fs  %s  calls %lu  failed %lu%s\n", seconds(r), how, r->calls,
		r->failed, OFF);
	for (const struct rproc *c = r->child; c;) {
		const struct rproc *run_end = c;
		int run = 1;

		if (c->is_thread) {
			c = c->sibling;
			continue;
		}
		while (same_kind(c, run_end->sibling)) {
			run_end = run_end->sibling;
			run++;
		}
		if (run > 3) {
			print_tree_node(f, c, depth + 1);
			fprintf(f, "  %*s... and %d more like it (%.*s, the same end)\n",
				(depth + 1) * 2, "", run - 1, (int)program_len(cmd_of(c)),
				cmd_of(c));
			c = run_end->sibling;
			continue;
		}
		print_tree_node(f, c, depth + 1);
		c = c->sibling;
	}
}

static void print_tree(FILE *f, const struct report_view *v)
{
	fprintf(f, "%sProcess tree%s (pid command duration end calls failed):\n", BOLD, OFF);
	tree_lines = 0;
	for (struct rproc *r = v->procs; r; r = r->all_next)
		if (!r->parent && !r->is_thread)
			print_tree_node(f, r, 0);
}

void render_text(FILE *f, const struct report_view *v)
{
	unsigned long nprocs = 0, nbad = 0, nlive = 0;
	struct rproc *root = v->root;
	struct rproc *first = v->first;

	colour = v->colour;
	char how[96];

	for (struct rproc *r = v->procs; r; r = r->all_next) {
		if (r->is_thread)
			continue;
		nprocs++;
		nbad += report_ended_badly(r);
		nlive += !r->ended;
	}
	fprintf(f, "%s=== strc report ===%s\n", BOLD, OFF);
	if (root) {
		how_ended(root, how, sizeof(how));
		fprintf(f, "%s%s%s: %s%s%s after %.3fs\n", BOLD, cmd_of(root), OFF,
			report_ended_badly(root) || !root->ended ? RED : "", how, OFF, seconds(root));
	}
	fprintf(f, "%lu processes, %lu ended badly%s", nprocs, nbad, nlive ? ", " : "\n");
	if (nlive)
		fprintf(f, "%lu still running when strc stopped\n", nlive);
	if (!first && root && root->ended && !report_ended_badly(root))
		fprintf(f, "%sSucceeded%s: no process failed.\n", BOLD, OFF);
	if (first) {
		print_failure_path(f, first);
		print_process_detail(f, first);
		int others = 0;
		for (struct rproc *r = v->procs; r; r = r->all_next) {
			if (r == first || !report_ended_badly(r) || r->is_thread)
				continue;
			if (others++ < 5)
				print_process_detail(f, r);
			else
				fprintf(f, "%s-- pid %d%s  %s  (ended badly too)\n", BOLD, r->pid,
					OFF, cmd_of(r));
		}
	}
	print_failed_calls(f, v);
	print_signals(f, v);
	print_tree(f, v);
}

