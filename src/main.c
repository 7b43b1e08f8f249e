/*
 * main.c: the command line, on the top floor. Reads strace's options into `opt` (defined,
 * with its defaults, on the ground floor in util.c), checks them, starts the tracer, and
 * exits with the traced command's status.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "fdinfo.h"
#include "filter.h"
#include "output.h"
#include "print.h"
#include "json.h"
#include "report.h"
#include "strc.h"
#include "summary.h"
#include "timing.h"
#include "tracer.h"

#define STRC_VERSION "0.1"

static void usage_error(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
static void usage_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", opt.progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s -h' for more information.\n", opt.progname);
	exit(1);
}

/* Every option in the parser's tables is named here and in man/strc.1 (tests/integration/options.py checks). */
static void usage(void)
{
	printf("Usage: %s [-ACdffhikqqrtttTvVwxxyyYzZ] [-I N] [-b execve] [-e EXPR]...\n"
	       "            [-a COLUMN] [-o FILE] [-s STRSIZE] [-X FORMAT] [-O OVERHEAD]\n"
	       "            [-S SORTBY] [-P PATH]... [-p PID]... [-U COLUMNS] [--seccomp-bpf]\n"
	       "            { -p PID | [-DDD] [-E VAR=VAL]... [-u USER] PROG [ARGS] }\n"
	       "\n"
	       "Starting and attaching:\n"
	       "  -p PID, --attach=PID   trace the running process PID (a list: 1,2 or \"1 2\");\n"
	       "                         may be given more than once\n"
	       "  -E VAR=VAL, --env=VAR=VAL  set VAR in the command's environment;\n"
	       "                         -E VAR removes it\n"
	       "  -u USER, --user=USER   run the command as USER (a name, or UID:GID)\n"
	       "  --argv0=NAME           run the command with NAME as its argv[0]\n"
	       "  -D, --daemonize[=grandchild]  trace from a detached grandchild\n"
	       "  -DD, --daemonize=pgroup    ... in a process group of its own (also pgrp)\n"
	       "  -DDD, --daemonize=session  ... in a session of its own\n"
	       "                         (--daemonise, --daemonized, --daemonised are the same)\n"
	       "  -b execve, --detach-on=execve  let a process go when it calls execve\n"
	       "  -f, --follow-forks     trace the children the command creates as well\n"
	       "  -ff, --output-separately  with -o FILE: one FILE.PID per process\n"
	       "  -F                     old spelling of -f (deprecated)\n"
	       "  -I N, --interruptible=N  which signals stop strc: 1/anywhere, 2/waiting (the\n"
	       "                         default), 3/never (the default with -o FILE PROG),\n"
	       "                         4/never_tstp (neither do ^Z)\n"
	       "  --kill-on-exit         kill every tracee if strc is killed\n"
	       "  --syscall-limit=N      let every tracee go after N traced calls\n"
	       "  --seccomp-bpf          filter in the kernel (strc does so by default)\n"
	       "  --no-seccomp-bpf       stop at every call, never filter in the kernel\n"
	       "\n"
	       "Choosing what is shown:\n"
	       "  -e EXPR                a qualifier: NAME=[!]VALUE[,VALUE]...; NAME is trace\n"
	       "                         (-e LIST alone means trace=LIST), abbrev, verbose, raw,\n"
	       "                         signal, read, write, fault, inject, status, quiet,\n"
	       "                         decode-fds, decode-pids, trace-fds, kvm; each is also\n"
	       "                         --NAME=VALUE (--trace=, --abbrev=, --verbose=, --raw=,\n"
	       "                         --signal=, --signals=, --read=, --write=, --fault=,\n"
	       "                         --inject=, --status=, --kvm=, --trace-fds=,\n"
	       "                         --namespace=)\n"
	       "      trace=SET          calls by name, number, %%CLASS or /REGEX, with @64,\n"
	       "                         @32 or @x32 for one personality; all, none\n"
	       "      inject=SET:error=E|retval=N[:signal=S][:syscall=C][:delay_enter=T]\n"
	       "                 [:delay_exit=T][:when=FIRST[..LAST][+STEP]]\n"
	       "                         make calls fail, return N, raise S, wait\n"
	       "      fault=SET[:error=E][:when=...]  inject with error ENOSYS by default\n"
	       "      status=SET         successful, failed, unfinished, unavailable, detached\n"
	       "      kvm=vcpu           after each KVM_RUN, why the vcpu stopped (its exit\n"
	       "                         reason); kvm=vcpu+ adds its struct kvm_run before and\n"
	       "                         after the run, on two lines below the call\n"
	       "      namespace=new      after unshare, setns, clone, clone3: the namespaces\n"
	       "                         entered (--namespace alone is the same)\n"
	       "  -P PATH, --trace-path=PATH  only calls that use PATH (may be repeated)\n"
	       "  -z, --successful-only  only calls that succeeded\n"
	       "  -Z, --failed-only      only calls that failed (also --failing-only)\n"
	       "\n"
	       "How it is shown:\n"
	       "  -o FILE, --output=FILE  write the trace to FILE instead of standard error;\n"
	       "                         '|CMD' or '!CMD': to the standard input of CMD\n"
	       "  -A, --output-append-mode  append to FILE instead of starting it over\n"
	       "  -a COLUMN, --columns=COLUMN  align return values at COLUMN (default 40)\n"
	       "  -s N, --string-limit=N  show at most N bytes of a string (default 32)\n"
	       "  -v, --no-abbrev        show environments, structures and arrays whole\n"
	       "  -x, --strings-in-hex=non-ascii  strings with non-ASCII bytes in hex\n"
	       "  -xx, --strings-in-hex[=all]  every string in hex\n"
	       "  --strings-in-hex=non-ascii-chars  escapes in hex (\\x01), not octal;\n"
	       "                         --strings-in-hex=none: as without -x\n"
	       "  -X FORMAT, --const-print-style=FORMAT  constants as raw numbers, abbrev\n"
	       "                         (names) or verbose (both)\n"
	       "  -y, --decode-fds[=SET]  file descriptors with their paths; -yy or =all: with\n"
	       "                         what they are (socket, device, pidfd, eventfd, signalfd)\n"
	       "  -Y, --decode-pids=comm  pids with their command names\n"
	       "  --decode-pids=pidns, --pidns-translation  pids in a tracee's pid namespace\n"
	       "                         with strc's number for them too; --decode-pids=SET:\n"
	       "                         comm, pidns, all (each of these options replaces SET)\n"
	       "  -i, --instruction-pointer  the instruction pointer at each call\n"
	       "  -n, --syscall-number   the syscall number at each call\n"
	       "  -N, --arg-names        name each argument: openat(dirfd=AT_FDCWD, ...)\n"
	       "  -k, --stack-trace[=symbol]  the stack of each call (also --stack-traces)\n"
	       "  -kk, --stack-trace=source  the same, each frame with its source file and line\n"
	       "  --stack-trace-frame-limit=N  at most N frames (default 256)\n"
	       "  -q, -qq, -qqq, --quiet[=SET]  fewer messages about attaching, exits,\n"
	       "                         everything (also --silent, --silence)\n"
	       "  -r, --relative-timestamps[=PRECISION]  time since the previous line\n"
	       "  -t, -tt, -ttt          time of day, with microseconds, as Unix time\n"
	       "  --timestamps[=FORMAT][,PRECISION], --absolute-timestamps[=...]\n"
	       "                         FORMAT: time, unix, none; PRECISION: s, ms, us, ns\n"
	       "  -T, --syscall-times[=PRECISION]  time spent in each call\n"
	       "  --always-show-pid      the pid prefix even for a lone process\n"
	       "  --color=WHEN           colour the trace: auto (a terminal, the default), always, never\n"
	       "\n"
	       "Counting:\n"
	       "  -c, --summary-only     count time, calls, errors of each call; print only that\n"
	       "  -C, --summary          the same, and the trace as well\n"
	       "  -O OVERHEAD, --summary-syscall-overhead=OVERHEAD  take OVERHEAD (10us, 1ms...)\n"
	       "                         off each call's time\n"
	       "  -S SORTBY, --summary-sort-by=SORTBY  time, min-time, max-time, avg-time,\n"
	       "                         wall-total, wall-min, wall-max, wall-avg, calls,\n"
	       "                         errors, name or nothing\n"
	       "  -U COLUMNS, --summary-columns=COLUMNS  e.g. name,calls,errors,time-percent;\n"
	       "                         the wall-* ones are wall-clock time even without -w\n"
	       "  -w, --summary-wall-clock  wall-clock time instead of system CPU time\n"
	       "  --summary-by=process   one table per process (-ff -o: in its file)\n"
	       "\n"
	       "Output for programs (strc's own):\n"
	       "  -j, --json             write the trace as JSON Lines instead of text\n"
	       "  --json-file=FILE       write JSON Lines to FILE as well, the text as usual\n"
	       "\n"
	       "Why a command failed (strc's own):\n"
	       "  --report[=FILE]        at the end, the failing process, its last calls, failed\n"
	       "                         calls, output, the process tree (implies -f)\n"
	       "  --report-lines=N       the last N calls of each failing process (default 10)\n"
	       "\n"
	       "Other:\n"
	       "  -d, --debug            tell what strc itself does, on standard error\n"
	       "  --tips[=[id:]ID|random][,[format:]none|compact|full]  a tip about strc at the\n"
	       "                         end (strc's own tips, not strace's)\n"
	       "  -h, --help             print this help and exit\n"
	       "  -V, --version          print the version and exit\n"
	       "\nSee strc(1).\n", opt.progname);
	exit(0);
}

static int parse_int(const char *s, int min, int max, const char *what)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < min || v > max)
		usage_error("invalid %s: '%s'", what, s);
	return (int)v;
}

/* A count of at least 1 (--syscall-limit): strace's message for anything else. */
static unsigned long parse_count(const char *s, const char *what)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || end == s || *end || *s == '-' || v == 0)
		usage_error("invalid %s: '%s'", what, s);
	return v;
}

/*
 * --color=auto|always|never (any case, as strace): the decision itself is made once the
 * output is open (colour_setup), from this, the terminal and NO_COLOR.
 */
static void color_option(const char *arg)
{
	if (arg && strcasecmp(arg, "auto") == 0)
		opt.color = 1;
	else if (arg && strcasecmp(arg, "always") == 0)
		opt.color = 2;
	else if (arg && strcasecmp(arg, "never") == 0)
		opt.color = 0;
	else
		usage_error("invalid --color argument: '%s'", arg);
}

/* -k, -kk, --stack-trace[=symbol|source]: -kk adds the source lines (libdw) */
static void stack_option(int is_long, const char *arg)
{
	if (is_long && arg && strcmp(arg, "symbol") && strcmp(arg, "source"))
		usage_error("invalid --stack-trace argument: '%s'", arg);
	if (is_long)
		opt.stack_trace = arg && strcmp(arg, "source") == 0 ? 2 : 1;
	else if (++opt.stack_trace > 2)
		die("Too many -k options");
}

/*
 * --tips[=[id:]ID|random][,[format:]none|compact|full]: a tip about strc on standard error
 * at the end, as strace 7.2 shows its own. strc's tips are its own words.
 */
static const char *const tips[] = {
	"-e trace=%file shows every call that takes a file name; %desc every call on a descriptor.",
	"-y prints the path behind each file descriptor, -yy the socket's endpoints as well.",
	"-e inject=openat:error=ENOENT:when=3 makes the third openat fail: rare errors on demand.",
	"-c counts calls and their time; -C prints the trace as well; -w counts wall-clock time.",
	"-o '|CMD' sends the trace through CMD, for instance a grep that keeps what you need.",
	"-P PATH shows only the calls that touch PATH, including through descriptors open on it.",
	"-k prints the user-space stack of each call: where in the program it was made.",
	"-e status=failed (or -Z) shows only the calls that failed, often all one needs to read.",
};
static int tip_id = -1;		/* -1: none asked for; -2: a random one */
static int tip_format = 1;	/* 0 none, 1 compact, 2 full */

static void tips_option(const char *arg)
{
	char *copy = strdup(arg ? arg : ""), *save = NULL;

	if (!copy)
		die("out of memory");
	tip_id = -2;
	for (char *w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		const char *v = w;
		char *end;

		if (strncmp(w, "id:", 3) == 0 || strncmp(w, "format:", 7) == 0)
			v = strchr(w, ':') + 1;
		if (strcmp(v, "none") == 0 && v != w + 3) {
			tip_format = 0;
		} else if (strcmp(v, "compact") == 0 && v != w + 3) {
			tip_format = 1;
		} else if (strcmp(v, "full") == 0 && v != w + 3) {
			tip_format = 2;
		} else if (strcmp(v, "random") == 0 && v != w + 7) {
			tip_id = -2;
		} else if (v != w + 7 && *v >= '0' && *v <= '9') {
			errno = 0;
			long id = strtol(v, &end, 10);

			if (errno || *end || id > INT_MAX)
				usage_error("invalid --tips argument: '%s'", arg);
			tip_id = (int)id;
		} else {
			usage_error("invalid --tips argument: '%s'", arg);
		}
	}
	free(copy);
}

static void print_tip(void)
{
	size_t n = sizeof(tips) / sizeof(tips[0]);
	size_t i = tip_id == -2 ? (size_t)getpid() % n : (size_t)tip_id % n;
	int width = (int)strlen(tips[i]);

	if (tip_id == -1 || !tip_format)
		return;
	fprintf(stderr, "\n  +-%.*s-+\n", width, "----------------------------------------"
		"----------------------------------------------------------------------");
	fprintf(stderr, "  | %s |\n", tips[i]);
	fprintf(stderr, "  +-%.*s-+\n", width, "----------------------------------------"
		"----------------------------------------------------------------------");
	if (tip_format == 2)
		fprintf(stderr, "  strc tip %zu of %zu; strc --help and strc(1) name every option.\n",
			i, n);
}

/* Long options without a short form. */
enum {
	OPT_SECCOMP = 0x100,
	OPT_NO_SECCOMP,
	OPT_KILL_ON_EXIT,
	OPT_OUTPUT_SEPARATELY,
	OPT_FRAME_LIMIT,
	OPT_TS,
	OPT_QUAL,
	OPT_ALWAYS_SHOW_PID,
	OPT_ARGV0,
	OPT_SYSCALL_LIMIT,
	OPT_COLOR,
	OPT_PIDNS,
	OPT_TIPS,
	OPT_JSON_FILE,
	OPT_REPORT,
	OPT_REPORT_LINES,
	OPT_SUMMARY_BY,
};

static const struct option long_options[] = {
	{ "output-append-mode", no_argument, NULL, 'A' },
	{ "columns", required_argument, NULL, 'a' },
	{ "detach-on", required_argument, NULL, 'b' },
	{ "summary-only", no_argument, NULL, 'c' },
	{ "summary", no_argument, NULL, 'C' },
	{ "daemonize", optional_argument, NULL, 'D' },
	{ "daemonise", optional_argument, NULL, 'D' },
	{ "daemonized", optional_argument, NULL, 'D' },
	{ "daemonised", optional_argument, NULL, 'D' },
	{ "env", required_argument, NULL, 'E' },
	{ "follow-forks", no_argument, NULL, 'f' },
	{ "output-separately", no_argument, NULL, OPT_OUTPUT_SEPARATELY },
	{ "help", no_argument, NULL, 'h' },
	{ "debug", no_argument, NULL, 'd' },
	{ "interruptible", required_argument, NULL, 'I' },
	{ "instruction-pointer", no_argument, NULL, 'i' },
	{ "stack-trace", optional_argument, NULL, 'k' },
	{ "stack-traces", optional_argument, NULL, 'k' },
	{ "stack-trace-frame-limit", required_argument, NULL, OPT_FRAME_LIMIT },
	{ "syscall-number", no_argument, NULL, 'n' },
	{ "output", required_argument, NULL, 'o' },
	{ "summary-syscall-overhead", required_argument, NULL, 'O' },
	{ "attach", required_argument, NULL, 'p' },
	{ "trace-path", required_argument, NULL, 'P' },
	{ "quiet", optional_argument, NULL, 'q' },
	{ "silent", optional_argument, NULL, 'q' },
	{ "silence", optional_argument, NULL, 'q' },
	{ "relative-timestamps", optional_argument, NULL, 'r' },
	{ "string-limit", required_argument, NULL, 's' },
	{ "summary-sort-by", required_argument, NULL, 'S' },
	{ "absolute-timestamps", optional_argument, NULL, OPT_TS },
	{ "timestamps", optional_argument, NULL, OPT_TS },
	{ "syscall-times", optional_argument, NULL, 'T' },
	{ "user", required_argument, NULL, 'u' },
	{ "summary-columns", required_argument, NULL, 'U' },
	{ "no-abbrev", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, 'V' },
	{ "json", no_argument, NULL, 'j' },
	{ "json-file", required_argument, NULL, OPT_JSON_FILE },
	{ "summary-wall-clock", no_argument, NULL, 'w' },
	{ "strings-in-hex", optional_argument, NULL, 'x' },
	{ "const-print-style", required_argument, NULL, 'X' },
	{ "decode-fds", optional_argument, NULL, 'y' },
	{ "decode-pids", required_argument, NULL, OPT_QUAL },
	{ "successful-only", no_argument, NULL, 'z' },
	{ "failed-only", no_argument, NULL, 'Z' },
	{ "failing-only", no_argument, NULL, 'Z' },
	{ "always-show-pid", no_argument, NULL, OPT_ALWAYS_SHOW_PID },
	{ "argv0", required_argument, NULL, OPT_ARGV0 },
	{ "syscall-limit", required_argument, NULL, OPT_SYSCALL_LIMIT },
	{ "color", required_argument, NULL, OPT_COLOR },
	{ "pidns-translation", no_argument, NULL, OPT_PIDNS },
	{ "tips", optional_argument, NULL, OPT_TIPS },
	{ "seccomp-bpf", no_argument, NULL, OPT_SECCOMP },
	{ "no-seccomp-bpf", no_argument, NULL, OPT_NO_SECCOMP },
	{ "kill-on-exit", no_argument, NULL, OPT_KILL_ON_EXIT },
	{ "report", optional_argument, NULL, OPT_REPORT },
	{ "report-lines", required_argument, NULL, OPT_REPORT_LINES },
	{ "summary-by", required_argument, NULL, OPT_SUMMARY_BY },
	/* --trace=SET and friends are -e trace=SET */
	{ "trace", required_argument, NULL, OPT_QUAL },
	{ "trace-fds", required_argument, NULL, OPT_QUAL },
	{ "abbrev", required_argument, NULL, OPT_QUAL },
	{ "verbose", required_argument, NULL, OPT_QUAL },
	{ "raw", required_argument, NULL, OPT_QUAL },
	{ "signal", required_argument, NULL, OPT_QUAL },
	{ "signals", required_argument, NULL, OPT_QUAL },
	{ "read", required_argument, NULL, OPT_QUAL },
	{ "write", required_argument, NULL, OPT_QUAL },
	{ "fault", required_argument, NULL, OPT_QUAL },
	{ "inject", required_argument, NULL, OPT_QUAL },
	{ "status", required_argument, NULL, OPT_QUAL },
	{ "kvm", required_argument, NULL, OPT_QUAL },
	{ "namespace", optional_argument, NULL, OPT_QUAL },	/* bare: =new */
	{ "arg-names", no_argument, NULL, 'N' },
	{ NULL, 0, NULL, 0 },
};

/* -z and -Z are status=successful and status=failed; mixing them, only the last counts. */
static void status_option(int successful)
{
	if (opt.successful_only || opt.failed_only) {
		if (!(opt.successful_only && opt.failed_only))
			warnx_("Only the last of -z/--successful-only/-Z/--failed-only options will "
			       "take effect. See status qualifier for more complex filters.");
		opt.successful_only = opt.failed_only = 1;
	} else if (successful) {
		opt.successful_only = 1;
	} else {
		opt.failed_only = 1;
	}
	if (qualify(successful ? "status=successful" : "status=failed") < 0)
		exit(1);
}

static void push(const char ***list, int *n, const char *item)
{
	const char **l = realloc(*list, (*n + 1) * sizeof(**list));

	if (!l)
		die("out of memory");
	l[(*n)++] = item;
	*list = l;
}

/*
 * Whether the option getopt_long just returned was spelt long (strace names it so): only a
 * long option sets its index. (argv cannot tell: inside "-xx" optind still points past the
 * word before, which may be a long option.)
 */
static int long_form(int idx)
{
	return idx >= 0;
}

/*
 * getopt_long's '?' for "--NAME=VALUE" where NAME takes no argument: strace (glibc's own
 * message) names the option in full. optopt is then the option's value, which for a long
 * option without a short form is no printable character.
 */
static void long_with_argument(const char *arg, int val)
{
	const char *eq = strchr(arg, '=');
	size_t len;

	if (strncmp(arg, "--", 2) || !eq)
		return;
	arg += 2;
	len = (size_t)(eq - arg);
	for (const struct option *o = long_options; o->name; o++)
		if (o->val == val && o->has_arg == no_argument && strncmp(o->name, arg, len) == 0)
			usage_error("option '--%s' doesn't allow an argument", o->name);
}

/* -D counts up to 3; --daemonize=grandchild|pgroup|pgrp|session names the same levels. */
static void daemonize_option(const char *arg, int is_long)
{
	static const struct {
		const char *name;
		int level;
	} levels[] = {
		{ "grandchild", 1 }, { "pgroup", 2 }, { "pgrp", 2 }, { "session", 3 },
	};
	static int given_long, given_short;

	if (is_long ? given_short : given_long)
		die("-D and --daemonize cannot be provided simultaneously");
	if (!is_long) {
		given_short = 1;
		opt.daemonize++;
		return;
	}
	given_long = 1;
	if (!arg) {
		opt.daemonize = 1;
		return;
	}
	for (size_t i = 0; i < sizeof(levels) / sizeof(levels[0]); i++)
		if (strcmp(arg, levels[i].name) == 0) {
			opt.daemonize = levels[i].level;
			return;
		}
	usage_error("invalid --daemonize argument: '%s'", arg);
}

/*
 * -x, -xx (more count as -xx) or --strings-in-hex[=none|non-ascii-chars|non-ascii|all],
 * bare meaning all; strace refuses the two spellings together.
 */
static void hex_option(int is_long, const char *arg)
{
	static const char *const levels[] = { "none", "non-ascii", "all" };
	static int given_long, given_short;

	if (is_long ? given_short : given_long)
		die("-x and --strings-in-hex cannot be provided simultaneously");
	if (!is_long) {
		given_short = 1;
		opt.xflag = opt.xflag < 2 ? opt.xflag + 1 : 2;
		return;
	}
	given_long = 1;
	opt.hex_escapes = 0;
	if (!arg) {
		opt.xflag = 2;
		return;
	}
	if (strcmp(arg, "non-ascii-chars") == 0) {
		opt.xflag = 0;
		opt.hex_escapes = 1;
		return;
	}
	for (int i = 0; i < 3; i++)
		if (strcmp(arg, levels[i]) == 0) {
			opt.xflag = i;
			return;
		}
	usage_error("invalid --strings-in-hex argument: '%s'", arg);
}

/* -I: strace's numbers 1..4 or their names; the signals each blocks are in block_signals(). */
static int interruptible_parse(const char *arg)
{
	static const char *const names[] = { "anywhere", "waiting", "never", "never_tstp" };

	for (int i = 0; i < 4; i++)
		if (strcmp(arg, names[i]) == 0)
			return i + 1;
	return parse_int(arg, 1, 4, "-I argument");
}

static void parse_options(int argc, char **argv)
{
	int c, idx;

	opterr = 0;
	while ((idx = -1, c = getopt_long(argc, argv, "+:Aa:b:cCdDe:E:fFhiI:jknNO:o:p:P:qrs:S:tTu:U:vVwxX:yYzZ",
				long_options, &idx)) != -1) {
		switch (c) {
		case 'A':
			opt.append = 1;
			break;
		case 'a':
			opt.align = parse_int(optarg, 0, INT_MAX, "-a argument");
			break;
		case 'b':
			if (strcmp(optarg, "execve"))
				usage_error("invalid -b argument: '%s'", optarg);
			opt.detach_on_execve = 1;
			break;
		case 'c':
			opt.count |= 1;	/* 3, with -C: refused in check_summary() */
			break;
		case 'C':
			opt.count |= 2;
			break;
		case 'd':
			opt.debug = 1;
			break;
		case 'D':
			daemonize_option(long_form(idx) ? optarg : NULL, long_form(idx));
			break;
		case 'e':
			if (qualify(optarg) < 0)
				exit(1);
			break;
		case OPT_QUAL: {
			char *spec;

			if (asprintf(&spec, "%s=%s", long_options[idx].name, optarg ? optarg : "new") < 0)
				die("out of memory");
			if (qualify(spec) < 0)
				exit(1);
			free(spec);
			break;
		}
		case 'E':
			push(&opt.env, &opt.nenv, optarg);
			break;
		case 'f':
			if (opt.follow)
				opt.follow_ff = 1;
			opt.follow = 1;
			break;
		case 'F':
			warnx_("option -F is deprecated, please use -f/--follow-forks instead");
			opt.follow = 1;
			break;
		case OPT_OUTPUT_SEPARATELY:
			opt.follow_ff = 1;
			break;
		case 'h':
			usage();
			break;
		case 'i':
			opt.print_ip = 1;
			break;
		case 'I':
			opt.interruptible = interruptible_parse(optarg);
			break;
		case 'j':
			opt.json = 1;
			break;
		case OPT_JSON_FILE:
			opt.json_file = optarg;
			break;
		case 'k':
			stack_option(long_form(idx), optarg);
			break;
		case OPT_ALWAYS_SHOW_PID:
			opt.always_show_pid = 1;
			break;
		case OPT_ARGV0:
			opt.argv0 = optarg;
			break;
		case OPT_SYSCALL_LIMIT:
			opt.syscall_limit = parse_count(optarg, "--syscall-limit argument");
			break;
		case OPT_COLOR:
			color_option(optarg);
			break;
		case OPT_TIPS:
			tips_option(optarg);
			break;
		case OPT_PIDNS:
			qualify("decode-pids=pidns");
			break;
		case OPT_FRAME_LIMIT:
			opt.stack_frame_limit = parse_int(optarg, 1, INT_MAX,
							     "--stack-trace-frame-limit argument");
			break;
		case 'n':
			opt.print_nr = 1;
			break;
		case 'N':
			opt.arg_names = 1;
			break;
		case 'o':
			opt.outfile = optarg;
			break;
		case 'O':
			if (summary_set_overhead(optarg) < 0)
				usage_error("invalid %s argument: '%s'", long_form(idx) ?
					    "--summary-syscall-overhead" : "-O", optarg);
			break;
		case 'p':
			push(&opt.pids, &opt.npids, optarg);
			break;
		case 'P':
			push(&opt.paths, &opt.npaths, optarg);
			break;
		case 'q':
			/* --quiet (--silent, --silence) is -e quiet=, bare it is -q's set */
			if (idx >= 0 && long_options[idx].val == 'q') {
				char *spec = NULL;

				if (optarg && asprintf(&spec, "quiet=%s", optarg) < 0)
					die("out of memory");
				if (qualify(spec ? spec : "quiet=attach,personality") < 0)
					exit(1);
				free(spec);
			} else {
				opt.quiet++;
			}
			break;
		case 'r':
			opt.relative = 1;
			if (timing_opt_relative(optarg) < 0)
				usage_error("invalid --relative-timestamps argument: '%s'", optarg);
			break;
		case 's':
			opt.max_strlen = parse_int(optarg, 0, INT_MAX / 4, "-s argument");
			break;
		case 'S':
			opt.sort_by = optarg;
			if (summary_set_sort(optarg) < 0)
				usage_error("invalid sortby: '%s'", optarg);
			break;
		case 't':
			opt.timestamps++;
			timing_opt_t();
			break;
		case OPT_TS:
			opt.timestamps = opt.timestamps ? opt.timestamps : 1;
			if (timing_opt_absolute(optarg) < 0)
				usage_error("invalid --%s argument: '%s'", long_options[idx].name,
					    optarg);
			break;
		case 'T':
			opt.syscall_times = 1;
			if (timing_opt_syscall_times(optarg) < 0)
				usage_error("invalid --syscall-times argument: '%s'", optarg);
			break;
		case 'u':
			opt.username = optarg;
			break;
		case 'U': {
			size_t len = 2 * strlen(optarg) + 128;	/* the message quotes it twice */
			char *why = malloc(len);

			if (!why)
				die("out of memory");
			opt.columns = optarg;
			if (summary_set_columns(optarg, why, len) < 0)
				usage_error("%s", why);
			free(why);
			break;
		}
		case 'v':
			qualify("abbrev=none");	/* strace's -v, replaced by a later -e abbrev= */
			break;
		case 'V':
			printf("strc -- version %s\n", STRC_VERSION);
			exit(0);
		case 'w':
			opt.count_wall = 1;
			break;
		case 'x':
			hex_option(long_form(idx), optarg);
			break;
		case 'X':
			if (strcmp(optarg, "raw") == 0)
				opt.xlat_style = XLAT_RAW;
			else if (strcmp(optarg, "verbose") == 0)
				opt.xlat_style = opt.xlat_style == XLAT_RAW ? XLAT_RAW : XLAT_VERBOSE;	/* an earlier raw wins, as it did */
			else if (strcmp(optarg, "abbrev"))
				usage_error("invalid -X argument: '%s'", optarg);
			break;
		case 'y':
			if (!optarg)
				opt.decode_fds = opt.decode_fds ? DECODE_FD_ALL : DECODE_FD_PATH;
			else if (fdinfo_qualify(optarg) < 0)
				exit(1);
			break;
		case 'Y':	/* like --pidns-translation, it replaces the set */
			qualify("decode-pids=comm");
			break;
		case 'z':
		case 'Z':
			status_option(c == 'z');
			break;
		case OPT_SECCOMP:
			opt.seccomp = 2;	/* asked for: say so when it cannot be */
			break;
		case OPT_NO_SECCOMP:
			opt.seccomp = 0;
			break;
		case OPT_KILL_ON_EXIT:
			opt.kill_on_exit = 1;
			break;
		case OPT_REPORT:
			opt.follow = 1;	/* the report is about every process */
			if (report_open(optarg) < 0)
				die("Can't fopen '%s': %s", optarg, strerror(errno));
			break;
		case OPT_SUMMARY_BY:
			if (summary_set_by(optarg) < 0)
				usage_error("invalid --summary-by argument: '%s'", optarg);
			break;
		case OPT_REPORT_LINES:
			if (report_set_lines(optarg) < 0)
				usage_error("invalid --report-lines argument: '%s'", optarg);
			break;
		case '?':
			if (optopt)
				long_with_argument(argv[optind - 1], optopt);
			if (optopt)
				usage_error("invalid option -- '%c'", optopt);
			usage_error("unrecognized option '%s'", argv[optind - 1]);
		case ':':
			if (optopt && optopt < 0x100)
				usage_error("option requires an argument -- '%c'", optopt);
			usage_error("option '%s' requires an argument", argv[optind - 1]);
		default:
			usage_error("invalid option");
		}
	}
}

/*
 * -p's lists, checked whole before anything is attached: "-p 1,garbage" must not seize 1.
 * tracer_attach() reads them again with the same separators.
 */
static void check_pids(void)
{
	for (int i = 0; i < opt.npids; i++) {
		char *copy = strdup(opt.pids[i]), *save = NULL;

		if (!copy)
			die("out of memory");
		for (char *tok = strtok_r(copy, ", \t\n", &save); tok;
		     tok = strtok_r(NULL, ", \t\n", &save)) {
			char *end;
			long pid;

			errno = 0;
			pid = strtol(tok, &end, 10);
			if (errno || *end || pid <= 0 || pid > INT_MAX)
				die("Invalid process id: '%s'", tok);
			if (pid == getpid())
				die("I'm sorry, I can't let you do that, Dave.");
		}
		free(copy);
	}
}

/* What strace refuses or warns about in -c/-C's options, in its order. */
static void check_summary(void)
{
	static const struct {
		const int *set;
		const char *what;
	} no_effect[] = {
		{ &opt.print_ip, "-i/--instruction-pointer" },
		{ &opt.stack_trace, "-k/--stack-trace" },
		{ &opt.print_nr, "-n/--syscall-number" },
		{ &opt.relative, "-r/--relative-timestamps" },
		{ &opt.timestamps, "-t/--absolute-timestamps" },
		{ &opt.syscall_times, "-T/--syscall-times" },
		{ &opt.decode_fds, "-y/--decode-fds" },
	};
	static const char with_c[] = "(-c/--summary-only or -C/--summary)";

	if (opt.daemonize > 3)
		usage_error("Too many -D's (%d), maximum supported -D count is 3", opt.daemonize);
	if (opt.count == 3)
		usage_error("-c/--summary-only and -C/--summary are mutually exclusive");
	if (opt.follow_ff && opt.outfile && (opt.outfile[0] == '|' || opt.outfile[0] == '!'))
		usage_error("piping the output and -ff/--output-separately are mutually exclusive");
	if (opt.count && opt.follow_ff && !summary_by_process())
		usage_error("%s and -ff/--output-separately are mutually exclusive", with_c);
	if (opt.count_wall && !opt.count)
		usage_error("-w/--summary-wall-clock must be given with %s", with_c);
	if (opt.columns && !opt.count)
		usage_error("-U/--summary-columns must be given with %s", with_c);
	if (opt.sort_by && !opt.count)
		fprintf(stderr, "%s: -S/--summary-sort-by has no effect without %s\n",
			opt.progname, with_c);
	if (opt.count != 1)
		return;
	for (size_t i = 0; i < sizeof(no_effect) / sizeof(no_effect[0]); i++)
		if (*no_effect[i].set)
			fprintf(stderr, "%s: %s has no effect with -c/--summary-only\n",
				opt.progname, no_effect[i].what);
}

/* -c/-C with JSON: the table as one object, and as text too when the text is kept */
static void json_summary_print(void)
{
	struct outfile *m = outfile_memory();
	size_t n;
	char *text;

	output_use(m);
	capture_enable(NULL, 0);
	summary_print();
	text = outfile_memory_text(m, &n);
	json_summary(text, n, json_output() ? json_output() : tracer_main_output());
	if (json_output()) {
		output_use(tracer_main_output());
		twrite(text, n);
	}
	outfile_memory_free(m);
}

int main(int argc, char **argv)
{
	const char *slash = argc > 0 ? strrchr(argv[0], '/') : NULL;

	die_set_flush(output_flush_all);
	message_set_before(output_flush_stderr);
	if (argc > 0)
		opt.progname = slash ? slash + 1 : argv[0];
	parse_options(argc, argv);
	check_summary();
	timing_init();
	if (opt.quiet && quiet_qualified())
		die("-q and -e quiet/--quiet cannot be provided simultaneously");
	/* strace is quiet about attaching to the command's children when they go to -o */
	if (opt.outfile && optind < argc && !quiet_qualified())
		opt.quiet = opt.quiet ? opt.quiet : 1;
	/* strc's own messages from here on: objects, when the JSON stream is stderr */
	if (opt.json && !opt.json_file && (!opt.outfile || (opt.follow_ff && report_on)))
		json_messages(argc, argv, STRC_VERSION);
	pathtrace_init();
	if (optind >= argc && !opt.npids)
		usage_error("must have PROG [ARGS] or -p PID");
	check_pids();
	if (opt.json || opt.json_file)
		json_init(argc, argv, STRC_VERSION);
	tracer_init_output();
	probe_kernel();
	command_lookup_user();
	seccomp_attach_warning();
	if (opt.debug && optind < argc)
		debug_msg("in-kernel seccomp filter %s", seccomp_wanted() ? "on" : "off");
	if (optind < argc)
		tracer_start_command(argv + optind);
	/* before attaching: a signal right after "Process N attached" must detach, not kill */
	tracer_setup_signals();
	if (opt.npids && tracer_attach(opt.pids, opt.npids) < 0)
		exit(1);
	tracer_loop();
	if (opt.count && (opt.json || opt.json_file))
		json_summary_print();
	else if (opt.count) {
		output_use(tracer_main_output());
		summary_print();
	}
	report_print_json(tracer_main_output());
	output_flush_all();
	outfile_pipe_finish();
	report_print();
	print_tip();
	return tracer_exit_code();
}
