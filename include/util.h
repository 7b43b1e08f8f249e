/*
 * util.h: the ground floor (src/util.c). Messages to the user and fatal errors; nothing
 * here knows about tracees, output files or syscalls, so every other file may use it.
 */
#ifndef STRC_UTIL_H
#define STRC_UTIL_H

/* "strc: MESSAGE" on stderr. */
void warnx_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The same, then exit(1), after running the hook set by die_set_flush. */
void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
/* What die runs first: the output layer flushes the trace so far (set by main). The
 * ground floor cannot call up into the output layer itself. */
void die_set_flush(void (*flush)(void));

#endif
