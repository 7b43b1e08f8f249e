/*
 * summary.h: -c/-C's table (src/summary.c): the option parsers main.c calls, kept pure
 * so the unit tests can reach them, and the tracer's two hooks.
 */
#ifndef STRC_SUMMARY_H
#define STRC_SUMMARY_H

#include <stddef.h>
#include <stdint.h>
#include <sys/resource.h>

struct tracee;

enum sum_sort {
	SORT_TIME, SORT_MIN, SORT_MAX, SORT_AVG, SORT_CALLS, SORT_ERRORS, SORT_NAME, SORT_NOTHING,
	SORT_WALL_TOTAL, SORT_WALL_MIN, SORT_WALL_MAX, SORT_WALL_AVG,
};

enum sum_column {
	COL_PERCENT, COL_TOTAL, COL_MIN, COL_MAX, COL_AVG, COL_CALLS, COL_ERRORS, COL_NAME,
	COL_WALL_TOTAL, COL_WALL_MIN, COL_WALL_MAX, COL_WALL_AVG,
	COL_COUNT
};

/* -S KEY; -1 when KEY is none of strace's */
int summary_parse_sort(const char *s, enum sum_sort *key);
/* -U LIST into cols (COL_COUNT long); -1 with strace's message (without "strc: ") in why */
int summary_parse_columns(const char *spec, enum sum_column *cols, int *ncols,
			  char *why, size_t whylen);
/* -O's time: microseconds, or with a unit s, ms, us, ns; -1 when bad */
int summary_parse_time(const char *s, uint64_t *ns);

/* The same, setting what summary_print uses. */
int summary_set_sort(const char *s);
int summary_set_columns(const char *spec, char *why, size_t whylen);
int summary_set_overhead(const char *s);
int summary_set_by(const char *s);	/* --summary-by=process; -1 for anything else */
int summary_by_process(void);

/* At a syscall's entry and exit stops, with the rusage wait4 gave. */
void summary_entry(struct tracee *t, const struct rusage *ru);
void summary_exit(struct tracee *t, const struct rusage *ru);

/* src/summary.c */
void summary_print(void);	/* to the current output */

#endif
