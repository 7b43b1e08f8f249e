/*
 * summary.c: -c and -C, with -S, -U, -w and -O. Counts, errors and times per syscall and
 * per personality, printed at the end in strace's table.
 *
 * "seconds" is by default the system CPU time the tracee spent in the call: the ru_stime
 * that wait4 reports at the exit stop less the one at the entry stop, as strace measures
 * it. With -w it is the wall-clock time between the two stops. -O subtracts a fixed
 * overhead from each call, never going below zero.
 *
 * --summary-by=process keeps one set of tables per process (by pid, named by its comm after
 * its last execve) and prints one table each, headed by its pid and command; with -ff -o
 * PREFIX each process's table goes to the end of its own PREFIX.PID file.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "print.h"
#include "strc.h"
#include "summary.h"
#include "sysids.h"

struct sc_count {
	unsigned long calls;
	unsigned long errors;
	uint64_t total, min, max;	/* nanoseconds */
	uint64_t wall_total, wall_min, wall_max;	/* the same in wall-clock time, always */
	uint64_t nr;	/* the number it was last seen with: ties print in number order */
};

/*
 * One personality's counts: a row per syscall of the table, and the numbers it does not
 * know (syscall(1000), syscall(-1)), each a row of its own as strace 7.2 counts them.
 */
struct sc_table {
	struct sc_count known[SYS_COUNT];
	struct sc_count *unknown;	/* by the number, in c->nr */
	unsigned nunknown, cap;
};

static struct sc_table counts[ARCH_COUNT];
static uint64_t overhead_ns;
static int by_process;		/* --summary-by=process */

struct proc_counts {
	pid_t pid;
	char comm[32];
	struct sc_table *counts;	/* ARCH_COUNT tables */
	struct proc_counts *next;
};
static struct proc_counts *procs, **procs_tail = &procs;
static struct proc_counts *last_used;

int summary_set_by(const char *s)
{
	if (strcmp(s, "process") && strcmp(s, "pid"))
		return -1;
	by_process = 1;
	return 0;
}

int summary_by_process(void)
{
	return by_process;
}

static void read_comm(struct proc_counts *p)
{
	char path[64];
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/comm", p->pid);
	f = fopen(path, "re");
	if (!f)
		return;
	if (fgets(p->comm, sizeof(p->comm), f))
		p->comm[strcspn(p->comm, "\n")] = '\0';
	fclose(f);
}

/* The tables of t's process, made at its first counted call. */
static struct sc_table *proc_table(struct tracee *t, int arch)
{
	struct proc_counts *p = last_used;

	if (!p || p->pid != t->pid)
		for (p = procs; p && p->pid != t->pid; p = p->next)
			;
	if (!p) {
		p = calloc(1, sizeof(*p));
		if (!p || !(p->counts = calloc(ARCH_COUNT, sizeof(*p->counts))))
			die("out of memory");
		p->pid = t->pid;
		read_comm(p);
		*procs_tail = p;
		procs_tail = &p->next;
	}
	last_used = p;
	if ((t->id == SYS_execve || t->id == SYS_execveat) && !t->err)
		read_comm(p);	/* the name of the program it now runs */
	return &p->counts[arch];
}

/* The row of a number the table does not know, made at its first call. */
static struct sc_count *unknown_row(struct sc_table *tab, uint64_t nr)
{
	for (unsigned i = 0; i < tab->nunknown; i++)
		if (tab->unknown[i].nr == nr)
			return &tab->unknown[i];
	if (tab->nunknown == tab->cap) {
		unsigned cap = tab->cap ? 2 * tab->cap : 8;
		struct sc_count *u = realloc(tab->unknown, cap * sizeof(*u));

		if (!u)
			die("out of memory");
		tab->unknown = u;
		tab->cap = cap;
	}
	tab->unknown[tab->nunknown] = (struct sc_count){ .nr = nr };
	return &tab->unknown[tab->nunknown++];
}

static struct sc_count *row_of(struct sc_table *tab, struct tracee *t)
{
	return t->id < 0 ? unknown_row(tab, t->nr) : &tab->known[t->id];
}

/* -S: the key names and their aliases; '_' and '-' are the same letter in all of them */
static const struct {
	const char *name;
	enum sum_sort key;
} sort_names[] = {
	{ "time", SORT_TIME }, { "time-percent", SORT_TIME }, { "time-total", SORT_TIME },
	{ "total-time", SORT_TIME },
	{ "min-time", SORT_MIN }, { "shortest", SORT_MIN }, { "time-min", SORT_MIN },
	{ "max-time", SORT_MAX }, { "longest", SORT_MAX }, { "time-max", SORT_MAX },
	{ "avg-time", SORT_AVG }, { "time-avg", SORT_AVG },
	{ "calls", SORT_CALLS }, { "count", SORT_CALLS },
	{ "errors", SORT_ERRORS }, { "error", SORT_ERRORS },
	{ "name", SORT_NAME }, { "syscall", SORT_NAME }, { "syscall-name", SORT_NAME },
	{ "nothing", SORT_NOTHING }, { "none", SORT_NOTHING },
	{ "wall-total", SORT_WALL_TOTAL }, { "wall-min", SORT_WALL_MIN },
	{ "wall-max", SORT_WALL_MAX }, { "wall-avg", SORT_WALL_AVG },
};

/* -U: the column names and their aliases */
static const struct {
	const char *name;
	enum sum_column col;
} column_names[] = {
	{ "time-percent", COL_PERCENT }, { "time", COL_PERCENT },
	{ "total-time", COL_TOTAL }, { "time-total", COL_TOTAL },
	{ "min-time", COL_MIN }, { "shortest", COL_MIN }, { "time-min", COL_MIN },
	{ "max-time", COL_MAX }, { "longest", COL_MAX }, { "time-max", COL_MAX },
	{ "avg-time", COL_AVG }, { "time-avg", COL_AVG },
	{ "calls", COL_CALLS }, { "count", COL_CALLS },
	{ "errors", COL_ERRORS }, { "error", COL_ERRORS },
	{ "name", COL_NAME }, { "syscall", COL_NAME }, { "syscall-name", COL_NAME },
	{ "wall-total", COL_WALL_TOTAL }, { "wall-min", COL_WALL_MIN },
	{ "wall-max", COL_WALL_MAX }, { "wall-avg", COL_WALL_AVG },
};

/* Each column's header, its rule and the width its values take. */
static const struct {
	const char *header;
	int width;
} column_shape[COL_COUNT] = {
	[COL_PERCENT] = { "% time", 6 },
	[COL_TOTAL] = { "seconds", 11 },
	[COL_MIN] = { "shortest", 8 },
	[COL_MAX] = { "longest", 8 },
	[COL_AVG] = { "usecs/call", 11 },
	[COL_CALLS] = { "calls", 9 },
	[COL_ERRORS] = { "errors", 9 },
	[COL_NAME] = { "syscall", 16 },
	[COL_WALL_TOTAL] = { "wall-total", 11 },
	[COL_WALL_MIN] = { "wall-min", 8 },
	[COL_WALL_MAX] = { "wall-max", 8 },
	[COL_WALL_AVG] = { "wall-avg", 11 },
};

static enum sum_sort sort_key = SORT_TIME;
static enum sum_column columns[COL_COUNT] = {
	COL_PERCENT, COL_TOTAL, COL_AVG, COL_CALLS, COL_ERRORS, COL_NAME,
};
static int ncolumns = 6;
static int name_width;	/* the table being printed: its longest name + 1, at least 16 */

static int width_of(enum sum_column col)
{
	return col == COL_NAME ? name_width : column_shape[col].width;
}

/* a == b (length n of a), taking '-' and '_' as one letter */
static int same_name(const char *a, size_t n, const char *b)
{
	size_t i;

	for (i = 0; i < n && b[i]; i++) {
		char x = a[i] == '_' ? '-' : a[i], y = b[i] == '_' ? '-' : b[i];

		if (x != y)
			return 0;
	}
	return i == n && !b[i];
}

int summary_parse_sort(const char *s, enum sum_sort *key)
{
	for (size_t i = 0; i < sizeof(sort_names) / sizeof(sort_names[0]); i++) {
		if (same_name(s, strlen(s), sort_names[i].name)) {
			*key = sort_names[i].key;
			return 0;
		}
	}
	return -1;
}

static int column_by_name(const char *s, size_t n)
{
	for (size_t i = 0; i < sizeof(column_names) / sizeof(column_names[0]); i++)
		if (same_name(s, n, column_names[i].name))
			return column_names[i].col;
	return -1;
}

int summary_parse_columns(const char *spec, enum sum_column *cols, int *ncols,
			  char *why, size_t whylen)
{
	unsigned seen = 0;
	const char *p = spec;
	int n = 0;

	for (;;) {
		size_t len = strcspn(p, ",");
		int c = column_by_name(p, len);

		if (c < 0) {
			snprintf(why, whylen, "unknown column name: '%.*s'", (int)len, p);
			return -1;
		}
		if (seen & (1u << c)) {
			snprintf(why, whylen, "call summary column has been provided more than "
				 "once: '%.*s' (-U option residual: '%s')", (int)len, p, p);
			return -1;
		}
		seen |= 1u << c;
		cols[n++] = c;
		if (!p[len])
			break;
		p += len + 1;
	}
	if (!(seen & (1u << COL_NAME)))
		cols[n++] = COL_NAME;
	*ncols = n;
	return 0;
}

/* strace's time format: a strtod number, unit s, ms, us or ns, microseconds if none */
int summary_parse_time(const char *s, uint64_t *ns)
{
	static const struct {
		const char *suffix;
		double scale;
	} units[] = { { "", 1e3 }, { "s", 1e9 }, { "ms", 1e6 }, { "us", 1e3 }, { "ns", 1 } };
	char *end;
	double v;

	if (strpbrk(s, "xX"))
		return -1;	/* strtod's hexadecimal floats: strace takes decimal only */
	errno = 0;
	v = strtod(s, &end);
	if (end == s || errno || !isfinite(v) || v < 0)
		return -1;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (strcmp(end, units[i].suffix) == 0) {
			v *= units[i].scale;
			*ns = v >= 0x1p63 ? (uint64_t)1 << 63 : (uint64_t)v;
			return 0;
		}
	}
	return -1;
}

int summary_set_sort(const char *s)
{
	return summary_parse_sort(s, &sort_key);
}

int summary_set_columns(const char *spec, char *why, size_t whylen)
{
	return summary_parse_columns(spec, columns, &ncolumns, why, whylen);
}

int summary_set_overhead(const char *s)
{
	return summary_parse_time(s, &overhead_ns);
}

static uint64_t wall_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

static uint64_t now_ns(const struct rusage *ru)
{
	if (!opt.count_wall)
		return ru->ru_stime.tv_sec * 1000000000ULL + ru->ru_stime.tv_usec * 1000ULL;
	return wall_ns();
}

/* The wall-* columns and keys (strace 7.2): wall-clock time whatever -w says. */
static void count_wall(struct sc_count *c, uint64_t spent)
{
	if (!c->calls || spent < c->wall_min)
		c->wall_min = spent;
	if (spent > c->wall_max)
		c->wall_max = spent;
	c->wall_total += spent;
}

void summary_entry(struct tracee *t, const struct rusage *ru)
{
	uint64_t ns = now_ns(ru);

	t->wall_entry_ns = wall_ns();
	t->entry_ts.tv_sec = ns / 1000000000;
	t->entry_ts.tv_nsec = ns % 1000000000;
}

void summary_exit(struct tracee *t, const struct rusage *ru)
{
	uint64_t start = t->entry_ts.tv_sec * 1000000000ULL + t->entry_ts.tv_nsec;
	uint64_t end = now_ns(ru), spent = end > start ? end - start : 0;
	struct sc_count *c;

	if (!t->arch)
		return;
	spent = spent > overhead_ns ? spent - overhead_ns : 0;
	if (by_process)
		c = row_of(proc_table(t, t->arch - arch_tables), t);
	else
		c = row_of(&counts[t->arch - arch_tables], t);
	end = wall_ns();
	count_wall(c, end > t->wall_entry_ns ? end - t->wall_entry_ns : 0);
	if (!c->calls || spent < c->min)
		c->min = spent;
	if (spent > c->max)
		c->max = spent;
	c->calls++;
	if (t->err)
		c->errors++;
	c->nr = t->nr;
	c->total += spent;
}

static uint64_t average(const struct sc_count *c)
{
	return c->calls ? c->total / c->calls : 0;
}

static uint64_t wall_average(const struct sc_count *c)
{
	return c->calls ? c->wall_total / c->calls : 0;
}

/*
 * The comparisons below sort one personality's rows, known syscalls by their index and
 * unknown numbers after them (SYS_COUNT + i); ties go in number order.
 */
static const struct sc_table *sorting;

static const struct sc_count *row_at(const struct sc_table *tab, int k)
{
	return k < SYS_COUNT ? &tab->known[k] : &tab->unknown[k - SYS_COUNT];
}

/* A row's name: the syscall's, or syscall_0x3e8 for a number the table lacks, as the
 * trace line names it. */
static const char *row_name(const struct sc_table *tab, int k, char *buf, size_t size)
{
	if (k < SYS_COUNT)
		return sysent[k].name;
	snprintf(buf, size, "syscall_%#" PRIx64, tab->unknown[k - SYS_COUNT].nr);
	return buf;
}

static int cmp_u64(uint64_t a, uint64_t b)
{
	return a < b ? 1 : a > b ? -1 : 0;	/* largest first */
}

static int by_key(const void *pa, const void *pb)
{
	const struct sc_count *a = row_at(sorting, *(const int *)pa);
	const struct sc_count *b = row_at(sorting, *(const int *)pb);
	char na[32], nb[32];
	int r = 0;

	switch (sort_key) {
	case SORT_TIME: r = cmp_u64(a->total, b->total); break;
	case SORT_MIN: r = cmp_u64(a->min, b->min); break;
	case SORT_MAX: r = cmp_u64(a->max, b->max); break;
	case SORT_AVG: r = cmp_u64(average(a), average(b)); break;
	case SORT_CALLS: r = cmp_u64(a->calls, b->calls); break;
	case SORT_ERRORS: r = cmp_u64(a->errors, b->errors); break;
	case SORT_NAME:
		r = strcmp(row_name(sorting, *(const int *)pa, na, sizeof(na)),
			   row_name(sorting, *(const int *)pb, nb, sizeof(nb)));
		break;
	case SORT_NOTHING: break;
	case SORT_WALL_TOTAL: r = cmp_u64(a->wall_total, b->wall_total); break;
	case SORT_WALL_MIN: r = cmp_u64(a->wall_min, b->wall_min); break;
	case SORT_WALL_MAX: r = cmp_u64(a->wall_max, b->wall_max); break;
	case SORT_WALL_AVG: r = cmp_u64(wall_average(a), wall_average(b)); break;
	}
	if (r)
		return r;
	return a->nr < b->nr ? -1 : a->nr > b->nr;
}

static void print_seconds(int width, uint64_t ns)
{
	tprintf("%*llu.%06llu", width - 7, (unsigned long long)(ns / 1000000000),
		(unsigned long long)(ns % 1000000000 / 1000));
}

static void print_cell(enum sum_column col, const struct sc_count *c, double percent,
		       const char *name, int last)
{
	int w = width_of(col);

	switch (col) {
	case COL_PERCENT:
		tprintf("%*.2f", w, percent);
		break;
	case COL_TOTAL:
		print_seconds(w, c->total);
		break;
	case COL_MIN:
		print_seconds(w, c->min);
		break;
	case COL_MAX:
		print_seconds(w, c->max);
		break;
	case COL_AVG:
		tprintf("%*llu", w, (unsigned long long)(average(c) / 1000));
		break;
	case COL_CALLS:
		tprintf("%*lu", w, c->calls);
		break;
	case COL_ERRORS:
		if (c->errors)
			tprintf("%*lu", w, c->errors);
		else
			tprintf("%*s", w, "");
		break;
	case COL_NAME:
		tprintf("%-*s", last ? 0 : w, name);
		break;
	case COL_WALL_TOTAL:
		print_seconds(w, c->wall_total);
		break;
	case COL_WALL_MIN:
		print_seconds(w, c->wall_min);
		break;
	case COL_WALL_MAX:
		print_seconds(w, c->wall_max);
		break;
	case COL_WALL_AVG:
		tprintf("%*llu", w, (unsigned long long)(wall_average(c) / 1000));
		break;
	default:
		break;
	}
}

static void print_row(const struct sc_count *c, double percent, const char *name)
{
	for (int i = 0; i < ncolumns; i++) {
		if (i)
			tputs(" ");
		print_cell(columns[i], c, percent, name, i == ncolumns - 1);
	}
	tputs("\n");
}

static void print_header(void)
{
	for (int i = 0; i < ncolumns; i++) {
		enum sum_column col = columns[i];

		if (i)
			tputs(" ");
		if (col == COL_NAME && i == ncolumns - 1)
			tputs(column_shape[col].header);
		else
			tprintf(col == COL_NAME ? "%-*s" : "%*s", width_of(col),
				column_shape[col].header);
	}
	tputs("\n");
}

static void print_rule(void)
{
	for (int i = 0; i < ncolumns; i++) {
		if (i)
			tputs(" ");
		for (int k = 0; k < width_of(columns[i]); k++)
			tputs("-");
	}
	tputs("\n");
}

/* One personality's table; the total row's percentage is 100 even when no time passed. */
static void print_table(const struct sc_table *table)
{
	int rows = SYS_COUNT + table->nunknown, n = 0;
	int *order = malloc(rows * sizeof(*order));
	struct sc_count sum = { 0 };
	char name[32];

	if (!order)
		die("out of memory");
	name_width = column_shape[COL_NAME].width;
	for (int i = 0; i < rows; i++) {
		const struct sc_count *c = row_at(table, i);
		int len;

		if (!c->calls)
			continue;
		len = strlen(row_name(table, i, name, sizeof(name)));
		order[n++] = i;
		if (len + 1 > name_width)
			name_width = len + 1;
		if (!sum.calls || c->wall_min < sum.wall_min)
			sum.wall_min = c->wall_min;
		if (c->wall_max > sum.wall_max)
			sum.wall_max = c->wall_max;
		sum.wall_total += c->wall_total;
		if (!sum.calls || c->min < sum.min)
			sum.min = c->min;
		if (c->max > sum.max)
			sum.max = c->max;
		sum.calls += c->calls;
		sum.errors += c->errors;
		sum.total += c->total;
	}
	sorting = table;
	qsort(order, n, sizeof(order[0]), by_key);
	print_header();
	print_rule();
	for (int k = 0; k < n; k++) {
		const struct sc_count *c = row_at(table, order[k]);

		print_row(c, sum.total ? 100.0 * c->total / sum.total : 0.0,
			  row_name(table, order[k], name, sizeof(name)));
	}
	print_rule();
	print_row(&sum, 100.0, "total");
	free(order);
}

static int has_calls(const struct sc_table *table)
{
	for (int i = 0; i < SYS_COUNT; i++)
		if (table->known[i].calls)
			return 1;
	return table->nunknown > 0;
}

/*
 * The tracer's own personality first, without a title; then the 32-bit one, then x32,
 * each under strace's "System call usage summary for ... mode:".
 */
static int print_rank(const struct arch_table *a)
{
	if (a->bits == (int)(8 * sizeof(long)) && !a->nr_base)
		return 0;
	return a->nr_base ? 2 : 1;
}

static void print_tables(const struct sc_table *tables)
{
	for (int rank = 0; rank < 3; rank++) {
		for (int a = 0; a < ARCH_COUNT; a++) {
			const struct arch_table *arch = &arch_tables[a];

			if (print_rank(arch) != rank || !has_calls(&tables[a]))
				continue;
			if (arch->nr_base)
				tprintf("System call usage summary for %s mode:\n", arch->name);
			else if (rank)
				tprintf("System call usage summary for %d bit mode:\n", arch->bits);
			print_table(&tables[a]);
		}
	}
}

/* -ff -o PREFIX: a process's table goes after its trace, in PREFIX.PID. */
static struct outfile *process_file(pid_t pid)
{
	char path[4096];

	snprintf(path, sizeof(path), "%s.%d", opt.outfile, pid);
	return outfile_open_mode(path, 1);	/* the file holds the process's trace already */
}

static void print_by_process(void)
{
	int separate = opt.follow_ff && opt.outfile;

	for (struct proc_counts *p = procs; p; p = p->next) {
		struct outfile *o = separate ? process_file(p->pid) : NULL;

		if (separate && !o)
			continue;
		if (o)
			output_use(o);
		tprintf("System call usage summary for pid %d (", p->pid);
		print_quoted((const unsigned char *)p->comm, strlen(p->comm), QUOTE_OMIT_QUOTES);
		tprintf("):\n");
		print_tables(p->counts);
		if (o)
			outfile_close(o);
		else if (p->next)
			tputc('\n');
	}
}

void summary_print(void)
{
	if (by_process)
		print_by_process();
	else
		print_tables(counts);
}
