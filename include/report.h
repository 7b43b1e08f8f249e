/*
 * report.h: --report, the failure report (src/report.c). The tracer core and the syscall
 * driver feed it at a few hook points; at the end it says how the command ended, which
 * process failed first and why, and what every process did.
 */
#ifndef STRC_REPORT_H
#define STRC_REPORT_H

#include <signal.h>

#include "strc.h"

extern int report_on;		/* --report given */

int report_open(const char *path);	/* NULL: standard error; -1 when it cannot be opened */
int report_set_lines(const char *s);	/* --report-lines=N; -1 when not a count */
void report_start(pid_t pid, char *const argv[]);	/* the command strc started */
void report_attach(pid_t pid);		/* -p: a process attached to */
void report_spawn(pid_t parent, pid_t child, int thread);	/* a fork/vfork/clone event */
void report_entry(struct tracee *t);	/* a call's entry stop, after its line began */
void report_call(struct tracee *t);	/* a call's line is complete (capture_line) */
void report_signal(struct tracee *t, const siginfo_t *si);	/* a signal-delivery stop */
void report_exit(pid_t pid, int status);	/* a process (or thread) is gone */
void report_print(void);		/* at the end, also after an interrupt */
void report_print_json(struct outfile *main_out);	/* JSON's object, before the text */

#endif
