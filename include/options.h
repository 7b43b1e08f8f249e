/*
 * options.h: the command line's settings (ground floor). main.c fills `opt` once while
 * parsing; every other file only reads it. Defined in src/util.c so that anything linking
 * the core library, the unit tests included, gets the defaults without main.c.
 */
#ifndef STRC_OPTIONS_H
#define STRC_OPTIONS_H

/* --decode-pids= bits (1 is also what -Y sets) */
enum { DECODE_PID_COMM = 1, DECODE_PID_NS = 2 };

struct options {
	int max_strlen;		/* -s, default 32 */
	int xflag;		/* -x 1, -xx 2 */
	int hex_escapes;	/* --strings-in-hex=non-ascii-chars: \xNN, not octal, escapes */
	int follow;		/* -f */
	int follow_ff;		/* -ff or --output-separately: one file per process */
	int count;		/* -c 1, -C 2 */
	int count_wall;		/* -w */
	const char *sort_by;	/* -S */
	const char *columns;	/* -U */
	int align;		/* -a, default 40 */
	int decode_fds;		/* DECODE_FD_* bits (fdinfo.h): -y path, -yy all */
	int decode_pids;	/* DECODE_PID_*: -Y (comm), --decode-pids=pidns */
	int quiet;		/* -q 1, -qq 2, -qqq 3 */
	int timestamps;		/* -t 1, -tt 2, -ttt 3 */
	int relative;		/* -r */
	int syscall_times;	/* -T */
	int print_ip;		/* -i */
	int print_nr;		/* -n */
	int stack_trace;	/* -k */
	int namespace_new;	/* -e namespace=new: the namespaces a call entered */
	int kvm_vcpu;		/* -e kvm=vcpu: KVM_RUN's exit reason; 2: vcpu+ */
	int stack_frame_limit;	/* --stack-trace-frame-limit, default 256 */
	int xlat_style;		/* -X: enum xlat_style (strc.h) */
	int successful_only;	/* -z */
	int failed_only;	/* -Z */
	int daemonize;		/* -D 1, -DD 2, -DDD 3 */
	int append;		/* -A */
	int interruptible;	/* -I 1..4, 0 until main.c chooses strace's default */
	int debug;		/* -d, --debug: strc's own doings on stderr */
	int always_show_pid;	/* --always-show-pid: the pid prefix for a lone process too */
	unsigned long syscall_limit;	/* --syscall-limit: detach all after so many calls, 0 none */
	const char *argv0;	/* --argv0: the command's argv[0] */
	int color;		/* --color: 0 never, 1 auto, 2 always */
	int arg_names;		/* -N, --arg-names */
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

#endif
