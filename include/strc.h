/*
 * strc.h: the state shared by the tracer core, the decoders and the output layer.
 *
 * One traced thread is one struct tracee. The decoders see the syscall in progress through
 * it (arch, number, arguments, and at exit the return value) and print through the
 * functions declared in print.h. This header declares src/tracee.c, the registry of
 * tracees; it includes the ground floor (options.h, util.h) that every file uses.
 */
#ifndef STRC_H
#define STRC_H

#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#include <time.h>

#include "options.h"
#include "style.h"
#include "sysent.h"
#include "util.h"

struct outfile;
struct capture;

/* Per-tracee state flags. */
enum {
	TF_IN_SYSCALL = 1 << 0,	/* between a syscall-entry and its exit stop */
	TF_STARTUP = 1 << 1,	/* spawned by us, its first execve not reached yet */
	TF_HIDDEN = 1 << 2,	/* the call in progress is filtered out: print nothing */
	TF_ATTACHED = 1 << 3,	/* attached with -p, not spawned */
	TF_UNFINISHED = 1 << 4,	/* its open line was cut by another tracee's */
	TF_GROUPSTOP = 1 << 5,	/* in a group-stop, resumed with PTRACE_LISTEN */
	TF_EXECED = 1 << 6,	/* PTRACE_EVENT_EXEC seen during this call */
	TF_SILENT = 1 << 7,	/* followed for the seccomp filter's sake only: shown nothing */
	TF_SECCOMP_STOP = 1 << 8,	/* stopped by the seccomp filter, not at a syscall-entry stop */
	TF_UNTRACED_KID = 1 << 9,	/* its clone's CLONE_UNTRACED was taken out by strc */
	TF_STARTUP_EXEC = 1 << 10,	/* in the command's first execve, which ends the startup */
};

/* What a decoder keeps from a call's entry to its exit: its own type, read with call_memo(). */
union call_memo {
	unsigned char bytes[32];
	uint64_t align_;
};

/*
 * The call in progress, one value: cleared in one statement when a call starts
 * (call_begin), moved whole to the leader when another thread's execve replaces it, its
 * memory released whenever it ends (call_release). struct tracee holds it twice over the
 * same bytes: as t->call, and as anonymous members, so t->se and t->args read the same
 * fields, as the decoders do.
 */
#define CALL_FIELDS \
	const struct sysent *se;	/* the call's table entry, NULL when unknown */ \
	int id;				/* its syscall id (tables.h), -1 when unknown */ \
	uint64_t nr; \
	uint64_t args[6]; \
	uint64_t sp;			/* stack pointer at syscall entry */ \
	int64_t rval;			/* at exit: the return value (or -errno) */ \
	int err;			/* at exit: errno when the call failed, else 0 */ \
	int exiting;			/* 0 at entry, 1 at exit */ \
	int dec_flags;			/* what the entry decoder returned: DEC_DONE or 0 */ \
	int next_arg;			/* generic printer: first argument left for exit */ \
	int sep_owed;			/* the entry ended with ", ": exit owes it */ \
	const char *auxstr;		/* RVAL_STR text */ \
	void (*auxfn)(struct tracee *t); /* RVAL_STR: prints " (...)" itself */ \
	struct call_style style;	/* how it prints, decided at entry */ \
	union call_memo memo;		/* the decoder's state from entry to exit */ \
	void *owned;			/* memory the decoder hung on the call (call_own) */ \
	void (*release)(void *owned); \
	struct timespec entry_ts;	/* -c: when it started */ \
	uint64_t wall_entry_ns;		/* -c: the monotonic clock then, for wall-* */ \
	struct timespec call_start, call_end;	/* -T: monotonic, at the entry and exit stops */ \
	int lex_arg, lex_depth, lex_name_due;	/* --color, -N: where the arguments are (colour.c) */ \
	uint32_t lex_squares;		/* ... which open brackets are '[' (bit depth - 1) */

struct call {
	CALL_FIELDS
};

struct tracee {
	pid_t pid;
	unsigned flags;
	const struct arch_table *arch;
	union {
		struct call call;
		struct {
			CALL_FIELDS
		};
	};
	const struct sysent *prev_se;	/* the last call shown; restart_syscall names it */
	const struct arch_table *pers;	/* the personality of its last call, NULL: strc's own */
	struct outfile *out;
	struct outfile *held;		/* -e status=: the real output while out holds a line */
	struct tracee *hnext;		/* pid hash chain */
	void *unwind;			/* -k state, owned by src/stack.c */
	void *inject;			/* -e inject= state, owned by src/inject.c */
	void *kvm;			/* -e kvm=vcpu+ state, owned by src/kvm.c */
	char comm[32];			/* -Y: its name when last read (src/pids.c) */
	struct capture *capture;	/* its line as decoded (src/output.c), when captured */
	char *deferred;			/* --color, -N: entry text shown at exit (line_args_defer) */
	size_t deferred_len;
};

/*
 * The decoder's state of t's call as a pointer to its own type, which must fit in
 * union call_memo (checked when compiling). Zeroed when the call starts.
 */
#define call_memo(t, type) ((type *)(void *)((t)->memo.bytes + \
	0 * sizeof(char[sizeof(type) <= sizeof(union call_memo) ? 1 : -1])))

/* src/tracee.c */
void call_begin(struct tracee *t);	/* a new call: the last one's released, all cleared */
void call_release(struct tracee *t);	/* the call ended, whichever way: its memory freed */
void call_move(struct tracee *to, struct tracee *from);	/* to's call ends, from's is to's */
/* p, allocated by a decoder at entry, freed by release(p) when the call ends */
void call_own(struct tracee *t, void *p, void (*release)(void *p));
struct tracee *tracee_find(pid_t pid);
struct tracee *tracee_new(pid_t pid);
void tracee_free(struct tracee *t);
unsigned tracee_count(void);
struct tracee *tracee_first(void);
struct tracee *tracee_next(struct tracee *t);

#endif
