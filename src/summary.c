/*
 * summary.c: -c and -C. Counts, errors and time per syscall, printed at the end in
 * strace's table. "seconds" is the system CPU time the tracee spent in the call, taken
 * from the rusage that wait4 reports at its entry and exit stops, as strace does.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "print.h"
#include "strc.h"
#include "tables.h"

struct sc_count {
	unsigned long calls;
	unsigned long errors;
	struct timespec time;
	uint64_t nr;	/* the number it was last seen with: ties print in number order */
};

static struct sc_count counts[SYS_COUNT];

void summary_add(struct tracee *t, const struct timespec *spent)
{
	struct sc_count *c;

	if (t->id < 0)
		return;
	c = &counts[t->id];
	c->calls++;
	if (t->err)
		c->errors++;
	c->nr = t->nr;
	c->time.tv_sec += spent->tv_sec;
	c->time.tv_nsec += spent->tv_nsec;
	if (c->time.tv_nsec >= 1000000000) {
		c->time.tv_sec++;
		c->time.tv_nsec -= 1000000000;
	}
}

static double seconds(const struct timespec *ts)
{
	return ts->tv_sec + ts->tv_nsec / 1e9;
}

static int by_time(const void *pa, const void *pb)
{
	const struct sc_count *a = &counts[*(const int *)pa];
	const struct sc_count *b = &counts[*(const int *)pb];
	double ta = seconds(&a->time), tb = seconds(&b->time);

	if (ta != tb)
		return ta < tb ? 1 : -1;
	return a->nr < b->nr ? -1 : a->nr > b->nr;
}

static void print_errors(unsigned long errors)
{
	if (errors)
		tprintf(" %9lu", errors);
	else
		tprintf(" %9s", "");
}

void summary_print(void)
{
	static const char rule[] =
		"------ ----------- ----------- --------- --------- ----------------\n";
	int order[SYS_COUNT], n = 0;
	unsigned long calls = 0, errors = 0;
	double total = 0;

	for (int i = 0; i < SYS_COUNT; i++) {
		if (!counts[i].calls)
			continue;
		order[n++] = i;
		calls += counts[i].calls;
		errors += counts[i].errors;
		total += seconds(&counts[i].time);
	}
	qsort(order, n, sizeof(order[0]), by_time);
	tputs("% time     seconds  usecs/call     calls    errors syscall\n");
	tputs(rule);
	for (int k = 0; k < n; k++) {
		const struct sc_count *c = &counts[order[k]];
		double s = seconds(&c->time);

		tprintf("%6.2f %11.6f %11lu %9lu", total > 0 ? 100.0 * s / total : 0.0, s,
			(unsigned long)(1e6 * s / c->calls), c->calls);
		print_errors(c->errors);
		tprintf(" %s\n", sysent[order[k]].name);
	}
	tputs(rule);
	tprintf("%6.2f %11.6f %11lu %9lu", 100.0, total,
		calls ? (unsigned long)(1e6 * total / calls) : 0UL, calls);
	print_errors(errors);
	tputs(" total\n");
}
