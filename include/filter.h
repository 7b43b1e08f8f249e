/*
 * filter.h: what the -e language decided, for the tracer core, the output layer and the
 * summary: which calls are traced, shown raw, abbreviated or verbose; which statuses and
 * signals are printed; what is kept quiet; what is injected; -P; and
 * the in-kernel (seccomp-bpf) filter built from all of it.
 */
#ifndef STRC_FILTER_H
#define STRC_FILTER_H

#include <stdint.h>

#include "strc.h"
#include "sysids.h"

/* Personalities, as strace's @64/@32/@x32 suffixes name them. */
enum {
	PERS_64 = 1 << 0,
	PERS_32 = 1 << 1,
	PERS_X32 = 1 << 2,
	PERS_ALL = PERS_64 | PERS_32 | PERS_X32,
};
unsigned arch_pers(const struct arch_table *a);

/* A set of syscalls: for each syscall id, the personalities it is selected in. */
struct sysset {
	uint8_t on[SYS_COUNT];
};

/* -e status= */
enum {
	STATUS_SUCCESSFUL = 1 << 0,
	STATUS_FAILED = 1 << 1,
	STATUS_UNFINISHED = 1 << 2,
	STATUS_UNAVAILABLE = 1 << 3,
	STATUS_DETACHED = 1 << 4,
	STATUS_ALL = 31,
};

/* -e quiet= */
enum {
	QUIET_ATTACH = 1 << 0,
	QUIET_EXIT = 1 << 1,
	QUIET_PATH_RESOLUTION = 1 << 2,
	QUIET_PERSONALITY = 1 << 3,
	QUIET_THREAD_EXECVE = 1 << 4,
	QUIET_SUPERSEDED = 1 << 5,
};

/* One -e inject= or -e fault= rule. */
#define WHEN_INFINITY 0xffff
struct inject_rule {
	struct sysset set;
	unsigned first, last, step;	/* when=FIRST..LAST+STEP, counted per tracee */
	int error;			/* > 0: fail with this errno */
	int has_retval;
	uint64_t retval;
	int signal;			/* > 0: deliver this signal */
	uint64_t delay_enter, delay_exit;	/* microseconds, 0 for none */
	int has_delay_enter, has_delay_exit;
	int has_syscall, syscall;	/* syscall=: the id of the pure call run instead */
};

/* src/qualify.c */
int qualify(const char *spec);	/* one -e argument; prints the error, returns -1 */
int trace_selected(int id);
int trace_all_selected(void);
void qualify_reset(void);		/* back to the defaults (for tests) */
int sysset_has(const struct sysset *s, int id, unsigned pers);
int trace_wanted(const struct tracee *t);	/* t's call in progress is traced */
int trace_any_selected(int id);		/* in some personality */
int raw_wanted(const struct tracee *t);	/* -e raw= (not -X raw) */
int abbrev_wanted(const struct tracee *t);
int verbose_wanted(const struct tracee *t);
int signal_wanted(int sig);
unsigned status_mask(void);		/* STATUS_* bits printed */
int status_filtering(void);		/* some status is not printed: hold lines to exit */
int errno_filtering(void);		/* -e errno= given */
int errno_wanted(int err);		/* err (0: success) passes -e errno= */
int quiet_about(unsigned what);		/* QUIET_* */
int quiet_qualified(void);		/* -e quiet= or --quiet given */
int ninject_rules(void);
const struct inject_rule *inject_rule_at(int i);
const struct sysset *trace_sysset(void);
int trace_fd_wanted(int fd);		/* --trace-fds */
int trace_fds_used(void);
int signal_by_name(const char *s);	/* 0..64, or -1 */
int parse_delay(const char *s, uint64_t *us);	/* strace's time syntax; -1 when bad */

/* src/seccomp.c: the in-kernel filter */
int seccomp_wanted(void);		/* computed once after the options */
void seccomp_attach_warning(void);	/* --seccomp-bpf with -p says it is not used */
void seccomp_install(void);		/* in the child, before execve */
unsigned long seccomp_ptrace_options(void);	/* PTRACE_O_TRACESECCOMP or 0 */
int seccomp_resume_request(const struct tracee *t);	/* PTRACE_CONT or PTRACE_SYSCALL */
void seccomp_note_exit(const struct tracee *t);	/* startup: did the filter go in? */
int seccomp_active(void);
int seccomp_untraced_clone(struct tracee *t);	/* takes CLONE_UNTRACED out: 1 if it did */

/* src/inject.c */
void inject_on_entry(struct tracee *t);
void inject_on_exit(struct tracee *t);
const char *inject_suffix(struct tracee *t);	/* " (INJECTED)", " (DELAYED)", both or "" */
void inject_resume(struct tracee *t, void (*restart)(struct tracee *, int sig));
int inject_resume_due(void (*restart)(struct tracee *, int sig));	/* 1: some held */
void inject_wait(void);			/* until a tracee stops or a held one is due */
void inject_tracee_gone(struct tracee *t);
int inject_when_matches(const struct inject_rule *r, uint32_t n);	/* invocation n */

/* src/status.c: a call's line held until its exit decides (-e status=, -z, -Z) */
void status_hold(struct tracee *t);		/* at entry */
void status_release(struct tracee *t, unsigned status);	/* STATUS_* bit, 0 drops */

/* src/pathtrace.c: -P */
void pathtrace_init(void);		/* after the options: resolves the paths */
int pathtrace_has(const char *path);
int pathtrace_active(void);
int pathtrace_match(struct tracee *t);	/* the call at entry touches a -P path */

#endif
