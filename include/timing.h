/*
 * timing.h: the line prefix's timestamps, -n and -i, and -T (src/timing.c), part of the
 * output floor: the output layer prints the prefix through it.
 */
#ifndef STRC_TIMING_H
#define STRC_TIMING_H

#include <stddef.h>
#include <time.h>

struct tracee;

enum { TS_NONE, TS_TIME, TS_UNIX };	/* --timestamps formats */
int timing_parse_precision(const char *s);	/* "s" 0, "ms" 3, "us" 6, "ns" 9, else -1 */
void timing_opt_t(void);			/* one -t */
int timing_opt_absolute(const char *spec);	/* --timestamps[=SPEC]: 0, or -1 when invalid */
int timing_opt_relative(const char *spec);	/* -r, --relative-timestamps[=PRECISION] */
int timing_opt_syscall_times(const char *spec);	/* -T, --syscall-times[=PRECISION] */
void timing_init(void);			/* after the options: conflicts and warnings */
void timing_prefix(struct tracee *t);	/* -t/-tt/-ttt/-r, -n, -i */
void timing_syscall_entry(struct tracee *t);	/* at the entry stop */
void timing_syscall_exit(struct tracee *t);	/* at the exit stop */
void timing_syscall_suffix(struct tracee *t);	/* " <0.000012>" */
int timing_format_absolute(char *buf, size_t size, int format, int digits,
			   const struct timespec *ts);	/* "23:01:02.123", "1796165859.210" */
int timing_format_relative(char *buf, size_t size, int digits, const struct timespec *d);
int timing_format_duration(char *buf, size_t size, int digits, const struct timespec *d);
void timing_sub(struct timespec *d, const struct timespec *a, const struct timespec *b);

#endif
