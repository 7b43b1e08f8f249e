/*
 * signals.h: signal names, signal numbers and siginfo as strace prints them
 * (src/signals.c), a value printer.
 */
#ifndef STRC_SIGNALS_H
#define STRC_SIGNALS_H

#include <stdint.h>

struct tracee;

const char *signal_name(int sig);	/* "SIGTERM", "SIGRTMIN", "SIGRT_3", or NULL */
void print_signal(int sig);
void print_signal_name(int sig);	/* whatever -X says */
void print_siginfo_fields(struct tracee *t, const void *siginfo);
/* ", field=N" for a clock_t count of ticks, with the seconds in a comment when not 0 */
void print_clock_t(const char *field, long v);
/* [INT TERM] or ~[KILL STOP] (strace's choice), from mask bits of an nbits-wide set */
void print_sigmask(uint64_t mask, unsigned nbits);

#endif
