/*
 * strc.h: the state shared by the tracer core, the decoders and the output layer.
 *
 * One traced thread is one struct tracee. The decoders see the syscall in progress through
 * it (arch, number, arguments, and at exit the return value) and print through the
 * functions declared in print.h.
 */
#ifndef STRC_H
#define STRC_H

#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#include <time.h>

#include "sysent.h"

/* Options, filled once by main.c and read everywhere. */
struct options {
	int max_strlen;		/* -s, default 32 */
	int xflag;		/* -x 1, -xx 2 */
	int verbose;		/* -v */
	int follow;		/* -f */
	int follow_ff;		/* -ff or --output-separately: one file per process */
	int count;		/* -c 1, -C 2 */
	int count_wall;		/* -w */
	const char *sort_by;	/* -S */
	const char *columns;	/* -U */
	const char *overhead;	/* -O */
	int align;		/* -a, default 40 */
	int decode_fds;		/* DECODE_FD_* bits (fdinfo.h): -y path, -yy all */
	int decode_pids;	/* bits: -Y 1 (comm), --decode-pids=pidns 2 */
	int quiet;		/* -q 1, -qq 2, -qqq 3 */
	int timestamps;		/* -t 1, -tt 2, -ttt 3 */
	const char *timestamps_spec;	/* --absolute-timestamps=... */
	int relative;		/* -r */
	const char *relative_spec;	/* --relative-timestamps=PRECISION */
	int syscall_times;	/* -T */
	const char *syscall_times_spec;	/* --syscall-times=PRECISION */
	int print_ip;		/* -i */
	int print_nr;		/* -n */
	int stack_trace;	/* -k */
	int stack_frame_limit;	/* --stack-trace-frame-limit, default 256 */
	int numeric;		/* -X raw */
	int xlat_verbose;	/* -X verbose */
	int successful_only;	/* -z */
	int failed_only;	/* -Z */
	int daemonize;		/* -D 1, -DD 2, -DDD 3 */
	int append;		/* -A */
	int interruptible;	/* -I */
	int kill_on_exit;	/* --kill-on-exit */
	int seccomp;		/* in-kernel filtering: 1 by default, 2 --seccomp-bpf, 0 --no-seccomp-bpf */
	int detach_on_execve;	/* -b execve */
	const char *username;	/* -u */
	const char *outfile;	/* -o */
	const char *progname;	/* argv[0], for messages */
	const char **pids;	/* -p, as given, npids of them */
	int npids;
	const char **paths;	/* -P */
	int npaths;
	const char **env;	/* -E */
	int nenv;
	int json;		/* --json, -j: the trace as JSON Lines */
	const char *json_file;	/* --json-file: JSON Lines there, the text as usual */
};
extern struct options opt;

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
	TF_SILENT = 1 << 7,	/* a child followed without -f for the seccomp filter's sake */
	TF_SECCOMP_STOP = 1 << 8,	/* stopped by the seccomp filter, not at a syscall-entry stop */
};

struct tracee {
	pid_t pid;
	unsigned flags;
	const struct arch_table *arch;
	const struct sysent *se;	/* the call in progress, NULL when unknown */
	int id;				/* its syscall id (tables.h), -1 when unknown */
	uint64_t nr;
	uint64_t args[6];
	uint64_t sp;			/* stack pointer at syscall entry */
	int64_t rval;			/* at exit: the return value (or -errno) */
	int err;			/* at exit: errno when the call failed, else 0 */
	int exiting;			/* 0 at entry, 1 at exit */
	int dec_flags;			/* what the entry decoder returned */
	int next_arg;			/* generic printer: first argument left for exit */
	const char *auxstr;		/* RVAL_STR text */
	void (*auxfn)(struct tracee *t);	/* RVAL_STR: prints " (...)" itself, instead of auxstr */
	const struct sysent *prev_se;	/* the last call shown; restart_syscall names it */
	uint64_t scratch[4];		/* decoder state kept from entry to exit */
	struct timespec entry_ts;
	struct timespec call_start, call_end;	/* -T: monotonic, at the entry and exit stops */
	struct outfile *out;
	struct outfile *held;		/* -e status=: the real output while out holds a line */
	struct tracee *hnext;		/* pid hash chain */
	void *unwind;			/* -k state, owned by src/stack.c */
	void *inject;			/* -e inject= state, owned by src/inject.c */
	char comm[32];			/* -Y: its name when last read (src/pids.c) */
	struct capture *capture;	/* its line as decoded (src/output.c), when captured */
};

/* src/tracee.c */
struct tracee *tracee_find(pid_t pid);
struct tracee *tracee_new(pid_t pid);
void tracee_free(struct tracee *t);
unsigned tracee_count(void);
struct tracee *tracee_first(void);
struct tracee *tracee_next(struct tracee *t);

/* src/mem.c: tracee memory. Return 0 on success, -1 when any byte cannot be read. */
int umoven(struct tracee *t, uint64_t addr, size_t len, void *buf);
/* The same for strings and data buffers, which -e verbose= does not hide. */
int umoven_data(struct tracee *t, uint64_t addr, size_t len, void *buf);
extern int mem_terse;	/* the call in progress is outside -e verbose= */
/* Reads a NUL-terminated string of at most len bytes; returns its length without the NUL,
 * len when no NUL was found in len bytes, -1 when nothing could be read. */
long umovestr(struct tracee *t, uint64_t addr, size_t len, char *buf);

/* src/syscall.c */
void syscall_entry(struct tracee *t);
void syscall_exit(struct tracee *t);
void syscall_end_unfinished(struct tracee *t);
int tracee_word_bits(const struct tracee *t);

/* src/subcall.c: sets the call in progress (arch, nr, args, se, id); i386's socketcall and
 * ipc become the call they carry, with the direct call's arguments. */
void syscall_identify(struct tracee *t, const struct arch_table *a, uint64_t nr,
		      const uint64_t args[6]);
/* SYS_socketcall or SYS_ipc when the call in progress came through it, else -1 */
int syscall_multiplexer(const struct tracee *t);
/* x32's word for the call in progress: 64 in the calls it shares with x86_64, 32 in its own */
int x32_word_bits(const struct tracee *t);
/* The width of the kernel longs and time_t in the call's structures: 32 on i386 and arm but
 * in their *time64 calls, else 64 (x32's time_t is 64 bits everywhere) */
int tracee_time_bits(const struct tracee *t);
/* the call in progress takes 16-bit uids and gids (i386's and arm's old calls) */
int tracee_uid16(const struct tracee *t);
/* 64-bit fields of the call's structures are 8-byte aligned (not on i386) */
int tracee_aligns_u64(const struct tracee *t);

/* src/summary.c */
void summary_print(void);	/* to the current output */

/* src/qualify.c */
int qualify(const char *spec);	/* one -e argument; prints the error, returns -1 */
int trace_selected(int id);
int trace_all_selected(void);

/* src/signals.c */
const char *signal_name(int sig);	/* "SIGTERM", "SIGRTMIN", "SIGRT_3", or NULL */
void print_signal(int sig);
void print_signal_name(int sig);	/* whatever -X says */
void print_siginfo_fields(struct tracee *t, const void *siginfo);
/* ", field=N" for a clock_t count of ticks, with the seconds in a comment when not 0 */
void print_clock_t(const char *field, long v);

/* src/probe.c: dies with a clear message when ptrace cannot do what strc needs */
void probe_kernel(void);

/* src/main.c */
void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
void warnx_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
